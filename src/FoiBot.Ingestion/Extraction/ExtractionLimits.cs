namespace FoiBot.Ingestion.Extraction;

/// <summary>How far an extractor may go into one file before it gives up on it: hostile files must cost little.</summary>
public sealed record ExtractionLimits
{
    public const int DefaultMaxPdfPages = 500;
    public const int DefaultMaxHtmlDepth = 512;
    public const long DefaultMaxUncompressedBytes = 64 * 1024 * 1024;
    public const int DefaultMaxArchiveEntries = 1000;
    public const int DefaultMaxAttachmentDepth = 3;

    public int MaxPdfPages { get; init; } = DefaultMaxPdfPages;

    /// <summary>Elements nested deeper than this in HTML mark a hostile or broken page.</summary>
    public int MaxHtmlDepth { get; init; } = DefaultMaxHtmlDepth;

    /// <summary>The most a .docx may unpack to, all parts together: a zip bomb is refused before it fills memory.</summary>
    public long MaxUncompressedBytes { get; init; } = DefaultMaxUncompressedBytes;

    public int MaxArchiveEntries { get; init; } = DefaultMaxArchiveEntries;

    /// <summary>How many e-mails deep an attachment may sit (a letter attached to a forwarded e-mail is two).</summary>
    public int MaxAttachmentDepth { get; init; } = DefaultMaxAttachmentDepth;
}
