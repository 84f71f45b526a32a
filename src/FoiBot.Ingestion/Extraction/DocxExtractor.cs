using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FoiBot.Ingestion.Extraction;

/// <summary>.docx: the body's paragraphs, blank-line separated, and each table row on one line with cells joined by " | ".</summary>
internal sealed class DocxExtractor : ITextExtractor
{
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public ExtractionResult Extract(ReadOnlyMemory<byte> bytes, ExtractionLimits limits, CancellationToken cancellationToken) =>
        ExtractionGuard.Run("Word document", () =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!bytes.Span.StartsWith("PK\u0003\u0004"u8))
            {
                return ExtractionResult.Failure("not a Word document (not a zip archive)");
            }

            if (ZipBombCheck.Problem(bytes, limits, cancellationToken) is { } problem)
            {
                return ExtractionResult.Failure(problem);
            }

            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxUncompressedBytes };
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes.ToArray(), writable: false), false, settings);
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                return ExtractionResult.Failure("not a Word document (no document body)");
            }

            var text = Write(body, cancellationToken);
            return text.Length == 0 ? ExtractionResult.Failure("no text in the Word document") : ExtractionResult.Success(text);
        });

    private static string Write(Body body, CancellationToken cancellationToken)
    {
        var blocks = new List<string>();
        var pending = new Stack<OpenXmlElement>(body.ChildElements.Reverse());
        while (pending.TryPop(out var element))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph paragraph:
                    blocks.Add(ParagraphText(paragraph));
                    break;
                case Table table:
                    blocks.Add(string.Join('\n', table.Elements<TableRow>().Select(RowText).Where(r => r.Length > 0)));
                    break;
                default:
                    // Content controls and custom XML wrap paragraphs; their children are the text.
                    foreach (var child in element.ChildElements.Reverse())
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }

        return string.Join("\n\n", blocks.Select(b => b.Trim()).Where(b => b.Length > 0));
    }

    private static string RowText(TableRow row) =>
        string.Join(" | ", row.Elements<TableCell>()
            .Select(c => string.Join(' ', c.Elements<Paragraph>().Select(ParagraphText).Where(p => p.Length > 0)).Trim())
            .Where(c => c.Length > 0));

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text run:
                    text.Append(run.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
