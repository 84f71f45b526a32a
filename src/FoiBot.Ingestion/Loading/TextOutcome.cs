using FoiBot.Ingestion.Corpus;

namespace FoiBot.Ingestion.Loading;

/// <summary>
/// One text of a file: the letter it parsed to, or why it is none. <paramref name="Parsed"/> is false when the text was
/// already known as an earlier file's when its turn came to be parsed, so it was not.
/// </summary>
internal sealed record TextOutcome(CorpusText Text, ContentKey Key, bool Parsed, LoadedLetter? Letter, string? Reason);
