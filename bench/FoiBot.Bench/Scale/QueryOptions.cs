using System.Globalization;

namespace FoiBot.Bench.Scale;

/// <summary>The query process's arguments: which system over which store, the questions, and how long to load it.</summary>
internal sealed record QueryOptions
{
    public const string FoiBot = "foibot";
    public const string Peer = "fts5";

    public required string System { get; init; }

    /// <summary>The FoiBot index folder, or the peer's SQLite file.</summary>
    public required string Store { get; init; }

    public string? Questions { get; init; }

    public int Passes { get; init; } = 3;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(5);

    public IReadOnlyList<int> Callers { get; init; } = [1, 2, 4, 8];

    /// <summary>The most time the single-thread timing and the quality check may each take; a slow system is sampled, not waited out.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(120);

    public required string Output { get; init; }

    public IEnumerable<string> ToArguments()
    {
        yield return "query";
        yield return "--system";
        yield return System;
        yield return "--store";
        yield return Store;
        if (Questions is not null)
        {
            yield return "--questions";
            yield return Questions;
        }

        yield return "--passes";
        yield return Passes.ToString(CultureInfo.InvariantCulture);
        yield return "--seconds";
        yield return Duration.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        yield return "--callers";
        yield return string.Join(',', Callers);
        yield return "--budget";
        yield return Budget.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        yield return "--out";
        yield return Output;
    }

    public static QueryOptions Parse(IReadOnlyList<string> args)
    {
        var values = ArgumentReader.Read(args, new HashSet<string>(StringComparer.Ordinal) { "--system", "--store", "--questions", "--passes", "--seconds", "--callers", "--budget", "--out" });
        var system = ArgumentReader.Required(values, "--system");
        if (system is not (FoiBot or Peer))
        {
            throw new ArgumentException($"--system must be {FoiBot} or {Peer}, not {system}");
        }

        return new QueryOptions
        {
            System = system,
            Store = ArgumentReader.Required(values, "--store"),
            Output = ArgumentReader.Required(values, "--out"),
            Questions = values.GetValueOrDefault("--questions"),
            Passes = ArgumentReader.Int(values, "--passes", 3, min: 1),
            Duration = TimeSpan.FromSeconds(ArgumentReader.Double(values, "--seconds", 5, min: 0.1)),
            Callers = ArgumentReader.Ints(values, "--callers", [1, 2, 4, 8]),
            Budget = TimeSpan.FromSeconds(ArgumentReader.Double(values, "--budget", 120, min: 1)),
        };
    }
}
