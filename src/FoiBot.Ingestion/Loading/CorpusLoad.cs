using FoiBot.Ingestion.Corpus;

namespace FoiBot.Ingestion.Loading;

/// <summary>Everything a load produced: the letters, each file that was not used with the reason, and the corpus fingerprint.</summary>
public sealed record CorpusLoad(IReadOnlyList<LoadedLetter> Letters, IReadOnlyList<SkippedFile> Skipped, string Fingerprint);
