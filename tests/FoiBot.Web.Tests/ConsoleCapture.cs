namespace FoiBot.Web.Tests;

/// <summary>
/// Tests that swap the process's stderr to read what a host's console logger writes. They run on their own, after
/// the rest, so no other test's log lines end up in the capture.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCapture
{
    public const string Name = "Console capture";

    /// <summary>Runs <paramref name="body"/> with stderr written to a string, and returns what was written.</summary>
    public static async Task<string> StandardErrorAsync(Func<Task> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var captured = new StringWriter();
        var original = Console.Error;
        Console.SetError(captured);
        try
        {
            await body();
        }
        finally
        {
            Console.SetError(original);
        }

        return captured.ToString();
    }
}
