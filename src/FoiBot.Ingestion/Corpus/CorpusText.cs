namespace FoiBot.Ingestion.Corpus;

/// <summary>A letter's text, decoded, without a byte order mark and with '\n' line ends.</summary>
/// <param name="ContentHash">Lowercase hex SHA-256 of <paramref name="Text"/>'s UTF-8 bytes; the same letter saved with other line ends or encoding hashes the same.</param>
public sealed record CorpusText(CorpusFile File, string Text, string ContentHash);
