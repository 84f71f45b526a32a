namespace FoiBot.Cli.Indexing;

/// <summary>The corpus folders held no letter FoiBot could read, so there is nothing to answer from.</summary>
internal sealed class CorpusEmptyException(IReadOnlyList<string> roots, IndexBuildSummary summary)
    : Exception($"No letters found in {string.Join(", ", roots)} ({summary.FilesSeen} files looked at, {summary.Skipped.Count} skipped).")
{
    public IndexBuildSummary Summary { get; } = summary;
}
