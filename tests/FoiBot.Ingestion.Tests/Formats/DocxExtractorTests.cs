using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FoiBot.Ingestion.Extraction;
using WordDocument = DocumentFormat.OpenXml.Wordprocessing.Document;

namespace FoiBot.Ingestion.Tests.Formats;

public sealed class DocxExtractorTests
{
    [Fact]
    public void Extract_TableOfQuestionsAndAnswers_KeepsEachRowOnOneLine()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new WordDocument(new Body(
                new Paragraph(new Run(new Text("Our ref: FOI-9"))),
                new Table(
                    new TableRow(Cell("1. Do you use CCTV?"), Cell("Yes")),
                    new TableRow(Cell("2. How many cameras?"), Cell("Twelve")))));
        }

        var result = TextExtractors.Default.Extract(stream.ToArray(), "reply.docx", new ExtractionLimits(), CancellationToken.None);

        Assert.Equal("Our ref: FOI-9\n\n1. Do you use CCTV? | Yes\n2. How many cameras? | Twelve", Assert.Single(result.Sources).Text);
    }

    [Fact]
    public void Extract_MorePartsThanTheLimit_IsRefused()
    {
        var docx = DocxFixture.Write("Our ref: FOI-9");
        var limits = new ExtractionLimits { MaxArchiveEntries = 2 };

        var result = TextExtractors.Default.Extract(docx, "reply.docx", limits, CancellationToken.None);

        Assert.Matches(@"^archive has too many parts \(\d+; limit 2\)$", result.Problem);
    }

    private static TableCell Cell(string text) => new(new Paragraph(new Run(new Text(text))));
}
