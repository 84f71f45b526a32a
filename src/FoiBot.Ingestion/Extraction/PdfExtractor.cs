using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace FoiBot.Ingestion.Extraction;

/// <summary>.pdf with a text layer: each page's lines in reading order, pages and paragraphs set apart by blank lines.</summary>
internal sealed class PdfExtractor : ITextExtractor
{
    // Deep enough for any real document's object nesting, shallow enough that a crafted file cannot exhaust the stack.
    private const int MaxObjectDepth = 256;

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public ExtractionResult Extract(ReadOnlyMemory<byte> bytes, ExtractionLimits limits, CancellationToken cancellationToken) =>
        ExtractionGuard.Run("PDF", () =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (bytes.Span.IndexOf("%PDF-"u8) is < 0 or > 1024)
            {
                return ExtractionResult.Failure("not a PDF (no %PDF header)");
            }

            try
            {
                return Read(bytes, limits, cancellationToken);
            }
            catch (PdfDocumentEncryptedException)
            {
                return ExtractionResult.Failure("encrypted PDF (needs a password)");
            }
        });

    private static ExtractionResult Read(ReadOnlyMemory<byte> bytes, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, MaxStackDepth = MaxObjectDepth };
        using var document = PdfDocument.Open(bytes.ToArray(), options);
        if (document.NumberOfPages > limits.MaxPdfPages)
        {
            return ExtractionResult.Failure($"too many pages ({document.NumberOfPages}; limit {limits.MaxPdfPages})");
        }

        var text = new StringBuilder();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = PdfPageLines.Read(document.GetPage(number));
            if (page.Length > 0)
            {
                text.Append(text.Length > 0 ? "\n\n" : "").Append(page);
            }
        }

        return text.Length == 0
            ? ExtractionResult.Failure("no text in the PDF (a scanned image needs OCR first)")
            : ExtractionResult.Success(text.ToString());
    }
}
