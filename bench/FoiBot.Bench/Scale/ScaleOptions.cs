namespace FoiBot.Bench.Scale;

/// <summary>The scale run's arguments: corpus sizes, where generated corpora and indexes live, and where results go.</summary>
internal sealed record ScaleOptions
{
    public required IReadOnlyList<int> Sizes { get; init; }

    /// <summary>Generated corpora are kept here between runs and reused when their size and seed match.</summary>
    public required string Work { get; init; }

    public int Seed { get; init; } = 1;

    public int Passes { get; init; } = 3;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(5);

    public IReadOnlyList<int> Callers { get; init; } = [1, 2, 4, 8];

    public int ColdRuns { get; init; } = 5;

    /// <summary>Per system and size, the most time single-thread timing and the quality check may each take.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The folder of per-size result files, the table and the plot (docs/bench in the repository).</summary>
    public required string Results { get; init; }

    /// <summary>When set, the README whose marked section gets the table and plot.</summary>
    public string? Readme { get; init; }

    /// <summary>Delete each size's corpus and indexes after measuring it.</summary>
    public bool Clean { get; init; }

    public static ScaleOptions Parse(IReadOnlyList<string> args)
    {
        var values = ArgumentReader.Read(
            args,
            new HashSet<string>(StringComparer.Ordinal) { "--sizes", "--work", "--seed", "--passes", "--seconds", "--callers", "--cold-runs", "--budget", "--results", "--readme" },
            new HashSet<string>(StringComparer.Ordinal) { "--clean" });
        return new ScaleOptions
        {
            Sizes = ArgumentReader.Ints(values, "--sizes", [10_000, 100_000]),
            Work = Path.GetFullPath(values.GetValueOrDefault("--work") ?? Path.Combine(Path.GetTempPath(), "foibot-scale")),
            Seed = ArgumentReader.Int(values, "--seed", 1, min: 0),
            Passes = ArgumentReader.Int(values, "--passes", 3, min: 1),
            Duration = TimeSpan.FromSeconds(ArgumentReader.Double(values, "--seconds", 5, min: 0.1)),
            Callers = ArgumentReader.Ints(values, "--callers", [1, 2, 4, 8]),
            ColdRuns = ArgumentReader.Int(values, "--cold-runs", 5, min: 1),
            Budget = TimeSpan.FromSeconds(ArgumentReader.Double(values, "--budget", 120, min: 1)),
            Results = Path.GetFullPath(values.GetValueOrDefault("--results") ?? Path.Combine("docs", "bench")),
            Readme = values.GetValueOrDefault("--readme") is { } readme ? Path.GetFullPath(readme) : null,
            Clean = values.ContainsKey("--clean"),
        };
    }
}
