namespace FoiBot.Ingestion.Extraction;

/// <summary>One letter-sized piece of text taken from a file: the file itself, or one of its attachments.</summary>
/// <param name="Part">Null for the file's own text; for an attachment its place and name, e.g. "attachment-1:letter.pdf".</param>
public sealed record ExtractedSource(string? Part, string Text)
{
    /// <summary>Where the text says it is published (an HTML page's canonical link); null when it does not say.</summary>
    public string? Address { get; init; }
}
