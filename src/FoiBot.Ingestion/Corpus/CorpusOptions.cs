using FoiBot.Ingestion.Extraction;

namespace FoiBot.Ingestion.Corpus;

/// <summary>Which files in a corpus folder are letters, and how large one may be.</summary>
public sealed record CorpusOptions
{
    public const string SectionName = "Corpus";

    /// <summary>The largest <see cref="MaxFileBytes"/> allowed: a letter's text must fit in one .NET string.</summary>
    public const long MaxSupportedFileBytes = 1_000_000_000;

    /// <summary>File extensions that hold letters, each with its leading dot; matched case-insensitively.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".eml"];

    /// <summary>Files larger than this are reported, never read: a stray dump must not be loaded into memory.</summary>
    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>PDFs with more pages are reported, not read: a letter is a few pages, a 5,000-page dump is not one.</summary>
    public int MaxPdfPages { get; init; } = ExtractionLimits.DefaultMaxPdfPages;

    /// <summary>HTML nested deeper than this is refused before it is parsed.</summary>
    public int MaxHtmlDepth { get; init; } = ExtractionLimits.DefaultMaxHtmlDepth;

    /// <summary>The most a .docx may unpack to; more is a zip bomb, found without unpacking it into memory.</summary>
    public long MaxUncompressedBytes { get; init; } = ExtractionLimits.DefaultMaxUncompressedBytes;

    /// <summary>The most parts a .docx may hold.</summary>
    public int MaxArchiveEntries { get; init; } = ExtractionLimits.DefaultMaxArchiveEntries;

    /// <summary>How many e-mails deep an attached letter is still read.</summary>
    public int MaxAttachmentDepth { get; init; } = ExtractionLimits.DefaultMaxAttachmentDepth;

    /// <summary>The extraction limits these options set.</summary>
    public ExtractionLimits Limits => new()
    {
        MaxPdfPages = MaxPdfPages,
        MaxHtmlDepth = MaxHtmlDepth,
        MaxUncompressedBytes = MaxUncompressedBytes,
        MaxArchiveEntries = MaxArchiveEntries,
        MaxAttachmentDepth = MaxAttachmentDepth,
    };

    /// <summary>Throws <see cref="ArgumentException"/> naming the first field that is out of range.</summary>
    public void Validate()
    {
        if (Extensions is null || Extensions.Count == 0)
        {
            throw new ArgumentException("At least one extension is needed, e.g. \".txt\".", nameof(Extensions));
        }

        foreach (var extension in Extensions)
        {
            if (extension is null || extension.Length < 2 || extension[0] != '.')
            {
                throw new ArgumentException($"Extension '{extension}' must start with '.', e.g. \".txt\".", nameof(Extensions));
            }
        }

        if (MaxFileBytes is <= 0 or > MaxSupportedFileBytes)
        {
            throw new ArgumentException(
                $"MaxFileBytes must be greater than 0 and at most {MaxSupportedFileBytes}; it is {MaxFileBytes}.", nameof(MaxFileBytes));
        }

        Positive(MaxPdfPages, nameof(MaxPdfPages));
        Positive(MaxHtmlDepth, nameof(MaxHtmlDepth));
        Positive(MaxUncompressedBytes, nameof(MaxUncompressedBytes));
        Positive(MaxArchiveEntries, nameof(MaxArchiveEntries));
        Positive(MaxAttachmentDepth, nameof(MaxAttachmentDepth));
    }

    private static void Positive(long value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentException($"{name} must be greater than 0; it is {value}.", name);
        }
    }
}
