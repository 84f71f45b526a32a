using FoiBot.Testing;

namespace FoiBot.Cli.Tests;

/// <summary>Runs `foibot` in-process against a working folder, capturing what it prints and its exit code.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static async Task<CliRun> InAsync(string workingDirectory, params string[] args) =>
        await InAsync(workingDirectory, new Dictionary<string, string?>(), args);

    public static Task<CliRun> InAsync(string workingDirectory, IReadOnlyDictionary<string, string?> overrides, params string[] args) =>
        InAsync(workingDirectory, overrides, TextReader.Null, args);

    /// <summary>Runs with <paramref name="input"/> as what the user types (for `foibot chat`).</summary>
    public static async Task<CliRun> InAsync(string workingDirectory, IReadOnlyDictionary<string, string?> overrides, TextReader input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Input = input,
            Output = output,
            Error = error,
            WorkingDirectory = workingDirectory,
            Overrides = overrides,
        };
        var code = await CliApp.RunAsync(args, environment);
        return new CliRun(code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }
}

/// <summary>A working folder holding a copy of some of the real letters under ./corpus, as a user's checkout would.</summary>
internal sealed class Workspace : IDisposable
{
    private readonly TempDirectory _folder = new();

    public Workspace(bool devLetters = true)
    {
        CopyFolder(RepoPaths.Seeds, Path.Combine(Root, "corpus", "seeds"));
        if (devLetters)
        {
            CopyFolder(RepoPaths.Dev, Path.Combine(Root, "corpus", "dev"));
        }
    }

    public string Root => _folder.Path;

    public string Corpus => Path.Combine(Root, "corpus");

    public string Combine(params string[] parts) => _folder.Combine(parts);

    public void Dispose() => _folder.Dispose();

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
