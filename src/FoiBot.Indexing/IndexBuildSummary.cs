using FoiBot.Ingestion.Corpus;

namespace FoiBot.Indexing;

/// <summary>What an index build did: letters and passages written, files seen, and each file skipped with its reason.</summary>
/// <param name="BytesRead">The size of every file that was read (files refused for their size are not), for the throughput figure.</param>
public sealed record IndexBuildSummary(int Letters, int Passages, int FilesSeen, IReadOnlyList<SkippedFile> Skipped, TimeSpan Elapsed, long BytesRead = 0)
{
    /// <summary>Provenance tables that could not be read; the letters were indexed without them.</summary>
    public IReadOnlyList<SkippedFile> UnreadTables { get; init; } = [];

    public double LettersPerSecond => Letters / Math.Max(Elapsed.TotalSeconds, 0.001);

    public double MegabytesPerSecond => BytesRead / (1024.0 * 1024.0) / Math.Max(Elapsed.TotalSeconds, 0.001);
}
