using FoiBot.Bench.Scale;

namespace FoiBot.Bench.Tests;

/// <summary>Scale results with round figures, so a test can say exactly what the table must show.</summary>
internal static class SampleResults
{
    public static ScaleResult For(int letters, double askP50) => new()
    {
        Letters = letters,
        MeasuredAt = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
        Machine = "2 cores, test",
        CorpusBytes = letters * 4_000L,
        LettersIndexed = letters,
        Passages = letters * 5,
        FoiBotIngest = new IngestFigures("foibot index", 10, letters / 10.0, 4, 50_000_000, 300_000_000),
        PeerIngest = new IngestFigures("fts5 insert", 5, letters / 5.0, 8, 40_000_000, null),
        FoiBotQuery = Query("FoiBot", askP50, askP50 * 4),
        PeerQuery = Query("FTS5 peer", askP50 / 2, askP50 * 2),
        ColdStart = new ColdStartFigures(5, 400, 380, 120_000_000),
        Incremental = new IncrementalFigures(0.5, 0.4, 12, true, "Updated the index: 1 added"),
    };

    private static QueryFigures Query(string system, double p50, double p99) => new()
    {
        System = system,
        OpenMs = 30,
        Questions = 200,
        AskP50Ms = p50,
        AskP99Ms = p99,
        AskPerSecondOneThread = 1000 / p50,
        SearchP50Ms = p50 / 2,
        SearchP99Ms = p99 / 2,
        Concurrent = [new ConcurrentFigures { Callers = 1, PerSecond = 1000 / p50, P50Ms = p50, P99Ms = p99 }, new ConcurrentFigures { Callers = 4, PerSecond = 1800 / p50, P50Ms = p50 * 2, P99Ms = p99 * 2 }],
        PeakBytes = 200_000_000,
        GoldRate = 0.9,
        AbstainRate = system == "FoiBot" ? 1.0 : null,
    };
}
