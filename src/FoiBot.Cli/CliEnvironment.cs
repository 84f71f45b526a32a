namespace FoiBot.Cli;

/// <summary>What a command talks to: its output streams, its working folder and the clock. Tests pass their own.</summary>
internal sealed record CliEnvironment
{
    /// <summary>Where `foibot chat` reads questions from.</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    public required TextWriter Output { get; init; }

    public required TextWriter Error { get; init; }

    public required string WorkingDirectory { get; init; }

    /// <summary>True when a person is watching, so a progress bar is worth drawing.</summary>
    public bool IsTerminal { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Extra configuration values that win over files and environment (tests use it).</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    public static CliEnvironment FromConsole() => new()
    {
        Input = Console.In,
        Output = Console.Out,
        Error = Console.Error,
        WorkingDirectory = Environment.CurrentDirectory,
        IsTerminal = !Console.IsOutputRedirected,
    };
}
