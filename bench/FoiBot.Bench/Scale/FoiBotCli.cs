namespace FoiBot.Bench.Scale;

/// <summary>The real `foibot` command, built in Release into the work folder, run as users run it: one process per command.</summary>
internal sealed class FoiBotCli
{
    private readonly string _assembly;
    private readonly string _workingDirectory;

    private FoiBotCli(string assembly, string workingDirectory)
    {
        _assembly = assembly;
        _workingDirectory = workingDirectory;
    }

    /// <summary>Builds src/FoiBot.Cli in Release into <paramref name="work"/>/foibot-bin.</summary>
    public static FoiBotCli Build(string repository, string work, TextWriter log)
    {
        var output = Path.Combine(work, "foibot-bin");
        var project = Path.Combine(repository, "src", "FoiBot.Cli", "FoiBot.Cli.csproj");
        log.WriteLine($"Building {project} (Release) into {output}");
        ChildRun.Start("dotnet", ["build", project, "-c", "Release", "-o", output, "-v", "quiet", "-nologo"], repository, TimeSpan.FromMinutes(10))
            .EnsureSuccess("dotnet build of the foibot command");

        // A folder of its own with no appsettings.json, so a developer's settings (an LLM, say) never reach the measurement.
        var runFolder = Directory.CreateDirectory(Path.Combine(work, "run")).FullName;
        return new FoiBotCli(Path.Combine(output, "foibot.dll"), runFolder);
    }

    /// <summary>Starts a command that runs until stopped (`serve`), with settings given as environment variables; the caller kills it.</summary>
    public System.Diagnostics.Process Launch(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> settings)
    {
        var start = ChildRun.StartInfo("dotnet", [_assembly, .. arguments], _workingDirectory);
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("Could not start foibot.");
    }

    public ChildRun Run(IEnumerable<string> arguments, TimeSpan timeout) =>
        ChildRun.Start("dotnet", [_assembly, .. arguments], _workingDirectory, timeout);
}
