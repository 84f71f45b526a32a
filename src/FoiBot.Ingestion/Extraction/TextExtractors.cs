namespace FoiBot.Ingestion.Extraction;

/// <summary>
/// Every format FoiBot reads, chosen by a file's extension, or by its first bytes where those contradict the
/// extension (a PDF or Word document saved as .txt, a PDF download named .html).
/// </summary>
public sealed class TextExtractors
{
    private readonly Dictionary<string, ITextExtractor> _byExtension = new(StringComparer.OrdinalIgnoreCase);
    private readonly ITextExtractor _pdf = new PdfExtractor();
    private readonly ITextExtractor _docx = new DocxExtractor();

    public TextExtractors()
    {
        All = [new PlainTextExtractor(), new HtmlExtractor(), _pdf, _docx, new EmlExtractor(this)];
        foreach (var extractor in All)
        {
            foreach (var extension in extractor.Extensions)
            {
                _byExtension[extension] = extractor;
            }
        }
    }

    public static TextExtractors Default { get; } = new();

    public IReadOnlyList<ITextExtractor> All { get; }

    /// <summary>Every extension some extractor reads.</summary>
    public IEnumerable<string> Extensions => _byExtension.Keys;

    /// <summary>The extractor for a file, or null when neither its extension nor its first bytes name a format FoiBot reads.</summary>
    public ITextExtractor? For(string extension, ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return _pdf;
        }

        // Other zip-based formats (.xlsx, .odt) are not letters; only a .docx, or a zip whose extension is a text one.
        if (head.StartsWith("PK\u0003\u0004"u8) && !string.Equals(extension, ".docx", StringComparison.OrdinalIgnoreCase))
        {
            return _byExtension.ContainsKey(extension) ? _docx : null;
        }

        return _byExtension.GetValueOrDefault(extension);
    }

    /// <summary>Extracts a file's text; a file in no supported format is a failure naming its extension.</summary>
    public ExtractionResult Extract(ReadOnlyMemory<byte> bytes, string fileName, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(fileName);
        return For(extension, bytes.Span) is { } extractor
            ? extractor.Extract(bytes, limits, cancellationToken)
            : ExtractionResult.Failure($"not a format FoiBot reads ({(extension.Length > 0 ? extension : "no extension")})");
    }
}
