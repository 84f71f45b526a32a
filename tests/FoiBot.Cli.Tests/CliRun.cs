using FoiBot.Testing;

namespace FoiBot.Cli.Tests;

/// <summary>Runs `foibot` against a working folder, in-process or as its own process, capturing what it prints and its exit code.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static async Task<CliRun> InAsync(string workingDirectory, params string[] args) =>
        await InAsync(workingDirectory, new Dictionary<string, string?>(), args);

    public static Task<CliRun> InAsync(string workingDirectory, IReadOnlyDictionary<string, string?> overrides, params string[] args) =>
        InAsync(workingDirectory, overrides, TextReader.Null, args);

    /// <summary>Runs the real foibot executable as its own process, <paramref name="settings"/> given as environment variables.</summary>
    public static async Task<CliRun> ProcessAsync(string workingDirectory, IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var (code, output, error) = await FoibotProcess.RunAsync(workingDirectory, settings, args);
        return new CliRun(code, output.Replace("\r\n", "\n", StringComparison.Ordinal), error);
    }

    public static Task<CliRun> ProcessAsync(string workingDirectory, params string[] args) =>
        ProcessAsync(workingDirectory, new Dictionary<string, string?>(), args);

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
