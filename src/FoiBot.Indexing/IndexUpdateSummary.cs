using FoiBot.Ingestion.Corpus;

namespace FoiBot.Indexing;

/// <summary>What an in-place index update did: corpus files added, changed and removed, and the letters the index now holds.</summary>
/// <param name="Letters">The letters the index holds after the update (before it, when <see cref="Refused"/>).</param>
public sealed record IndexUpdateSummary(int Added, int Changed, int Removed, int Letters, IReadOnlyList<SkippedFile> Skipped, TimeSpan Elapsed)
{
    /// <summary>Nothing was committed: the update would have left the index with no letter, and emptying it was not asked for.</summary>
    public bool Refused { get; init; }

    public override string ToString() => Refused
        ? FormattableString.Invariant(
            $"Not updated: the corpus folders now hold no letter ({Removed} files gone), so the index keeps its {Letters} letters. `foibot index --allow-empty` empties it.")
        : FormattableString.Invariant(
            $"Updated the index: {Added} added, {Changed} changed, {Removed} removed ({Elapsed.TotalSeconds:F2} s); {Letters} letters.");
}
