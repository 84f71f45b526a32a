using FoiBot.Ingestion.Corpus;

namespace FoiBot.Ingestion.Loading;

/// <summary>One file read and its texts parsed, on a worker, waiting for its turn in scan order.</summary>
/// <param name="Skipped">Why the whole file was not used, or null.</param>
/// <param name="SkippedParts">Parts of a usable file that were not, e.g. an e-mail's encrypted attachment.</param>
internal sealed record FileOutcome(int Index, SkippedFile? Skipped, IReadOnlyList<SkippedFile> SkippedParts, IReadOnlyList<TextOutcome> Texts);
