using FoiBot.Core;
using FoiBot.Ingestion.Corpus;

namespace FoiBot.Ingestion.Loading;

/// <summary>A letter read and parsed: its file, the hash of its text (its identity), and what the parser made of it.</summary>
public sealed record LoadedLetter(CorpusFile File, string ContentHash, Disclosure Disclosure);
