namespace FoiBot.Ingestion.Corpus;

/// <summary>A letter's text, decoded, without a byte order mark and with '\n' line ends.</summary>
/// <param name="ContentHash">Lowercase hex SHA-256 of <paramref name="Text"/>'s words, case-folded and single-spaced; the same letter saved in another format, encoding or line ends hashes the same.</param>
public sealed record CorpusText(CorpusFile File, string Text, string ContentHash)
{
    /// <summary>Null for the file's own text; for an e-mail's attachment its place and name, e.g. "attachment-1:letter.pdf".</summary>
    public string? Part { get; init; }

    /// <summary>Where the text itself says it is published (an HTML page's canonical link); a provenance table's address wins over it.</summary>
    public string? Address { get; init; }
}
