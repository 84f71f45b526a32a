namespace FoiBot.Bench.Scale;

/// <summary>The rows of the results table: a name, a number format, and how to read FoiBot's and the peer's figure.</summary>
internal static class ScaleRows
{
    private const double Megabyte = 1e6;

    public static IEnumerable<ScaleRow> All(IReadOnlyList<ScaleResult> results)
    {
        yield return new("letters indexed", "N0", r => (r.LettersIndexed, r.LettersIndexed));
        yield return new("passages", "N0", r => (r.Passages, r.Passages));
        yield return new("ingest time (s)", "F1", r => (r.FoiBotIngest.Seconds, r.PeerIngest.Seconds));
        yield return new("ingest (letters/s)", "F0", r => (r.FoiBotIngest.LettersPerSecond, r.PeerIngest.LettersPerSecond));
        yield return new("ingest (MB/s)", "F2", r => (r.FoiBotIngest.MegabytesPerSecond, r.PeerIngest.MegabytesPerSecond));
        yield return new("ingest peak RSS (MB)", "F0", r => (r.FoiBotIngest.PeakBytes / Megabyte, null));
        yield return new("index size on disk (MB)", "F0", r => (r.FoiBotIngest.IndexBytes / Megabyte, r.PeerIngest.IndexBytes / Megabyte));
        yield return new("ask p50 (ms, 1 thread)", "F2", r => (r.FoiBotQuery.AskP50Ms, r.PeerQuery.AskP50Ms));
        yield return new("ask p99 (ms, 1 thread)", "F2", r => (r.FoiBotQuery.AskP99Ms, r.PeerQuery.AskP99Ms));
        yield return new("search p50 (ms, 1 thread)", "F2", r => (r.FoiBotQuery.SearchP50Ms, r.PeerQuery.SearchP50Ms));
        yield return new("search p99 (ms, 1 thread)", "F2", r => (r.FoiBotQuery.SearchP99Ms, r.PeerQuery.SearchP99Ms));
        yield return new("timed single-thread asks", "N0", r => (r.FoiBotQuery.AskSamples, r.PeerQuery.AskSamples));
        yield return new("asks/s, 1 thread", "F0", r => (r.FoiBotQuery.AskPerSecondOneThread, r.PeerQuery.AskPerSecondOneThread));
        var callers = results.SelectMany(r => r.FoiBotQuery.Concurrent.Select(c => c.Callers)).Distinct().Order().ToList();
        foreach (var count in callers)
        {
            yield return new($"asks/s, {count} callers", "F0", r => (At(r.FoiBotQuery, count)?.PerSecond, At(r.PeerQuery, count)?.PerSecond));
        }

        if (callers.Count > 0)
        {
            var most = callers[^1];
            yield return new($"ask p99 with {most} callers (ms)", "F1", r => (At(r.FoiBotQuery, most)?.P99Ms, At(r.PeerQuery, most)?.P99Ms));
        }

        yield return new("query process peak RSS (MB)", "F0", r => (r.FoiBotQuery.PeakBytes / Megabyte, r.PeerQuery.PeakBytes / Megabyte));
        yield return new("open index in a running process (ms)", "F0", r => (r.FoiBotQuery.OpenMs, r.PeerQuery.OpenMs));
        yield return new("cold `foibot ask`, median (ms)", "F0", r => (r.ColdStart.MedianMs, null));
        yield return new("add one letter: `foibot index` (s)", "F2", r => (r.Incremental.CliAddSeconds, null));
        yield return new("add one letter in a running process (ms)", "F1", r => (r.Incremental.ApiAddMs, null));
        yield return new("`serve`: letter file written → served, median of 7 (ms)", "F0", r => (r.Incremental.Serve?.AddMedianMs, null));
        yield return new("`serve`: letter file written → served, slowest of 7 (ms)", "F0", r => (r.Incremental.Serve?.AddMaxMs, null));
        yield return new("`serve`: letter file deleted → gone, median of 7 (ms)", "F0", r => (r.Incremental.Serve?.RemoveMedianMs, null));
        yield return new("remove it again: `foibot index` (s)", "F2", r => (r.Incremental.CliRemoveSeconds, null));
        yield return new("questions scored for quality", "N0", r => (r.FoiBotQuery.QualityQuestions, r.PeerQuery.QualityQuestions));
        yield return new("answerable: cites a gold letter (%; peer: gold in top 5)", "F0", r => (r.FoiBotQuery.GoldRate * 100, r.PeerQuery.GoldRate * 100));
        yield return new("unanswerable: declined (%)", "F0", r => (r.FoiBotQuery.AbstainRate * 100, null));
    }

    private static ConcurrentFigures? At(QueryFigures figures, int callers) => figures.Concurrent.FirstOrDefault(c => c.Callers == callers);
}
