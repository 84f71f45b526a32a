using FoiBot.Ingestion.Corpus;

namespace FoiBot.Indexing;

/// <summary>What an in-place index update did: corpus files added, changed and removed, and the letters the index now holds.</summary>
public sealed record IndexUpdateSummary(int Added, int Changed, int Removed, int Letters, IReadOnlyList<SkippedFile> Skipped, TimeSpan Elapsed)
{
    public override string ToString() => FormattableString.Invariant(
        $"Updated the index: {Added} added, {Changed} changed, {Removed} removed ({Elapsed.TotalSeconds:F2} s); {Letters} letters.");
}
