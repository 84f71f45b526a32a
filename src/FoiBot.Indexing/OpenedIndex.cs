using FoiBot.Ingestion.Corpus;
using FoiBot.Search;

namespace FoiBot.Indexing;

/// <summary>An index opened for reading, what was done to bring it up to date, and why it could not be, if it could not.</summary>
/// <param name="Warnings">Why the index answers as it was rather than as the corpus is now (a folder missing, the corpus emptied); empty when current.</param>
public sealed record OpenedIndex(LetterIndex Index, IndexBuildSummary? Built, IndexUpdateSummary? Updated, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// Provenance tables in the corpus that could not be read, each naming the columns it expected: the letters they
    /// describe are answered without them until they are fixed. Empty when the corpus folders could not be looked at.
    /// </summary>
    public IReadOnlyList<SkippedFile> UnreadTables { get; init; } = [];
}
