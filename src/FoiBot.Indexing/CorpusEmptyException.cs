namespace FoiBot.Indexing;

/// <summary>The corpus folders held no letter FoiBot could read, so there is nothing to answer from.</summary>
public sealed class CorpusEmptyException(IReadOnlyList<string> roots, IndexBuildSummary summary)
    : Exception($"No letters found in {string.Join(", ", roots)} ({summary.FilesSeen} files looked at, {summary.Skipped.Count} skipped){Reasons(summary)}.")
{
    public IndexBuildSummary Summary { get; } = summary;

    private static string Reasons(IndexBuildSummary summary) =>
        summary.Skipped.Count == 0 ? "" : ": " + string.Join("; ", summary.Skipped.Take(3).Select(s => $"{s.Path}: {s.Reason}"));
}
