using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordDocument = DocumentFormat.OpenXml.Wordprocessing.Document;

namespace FoiBot.Ingestion.Tests.Formats;

/// <summary>Writes a letter as a .docx with OpenXml: one Word paragraph per paragraph of the letter, its lines kept apart by line breaks.</summary>
internal static class DocxFixture
{
    public static byte[] Write(string letter)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var paragraph in FixtureWriter.Paragraphs(letter))
            {
                var run = new Run();
                for (var i = 0; i < paragraph.Count; i++)
                {
                    if (i > 0)
                    {
                        run.AppendChild(new Break());
                    }

                    run.AppendChild(new Text(paragraph[i]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
                }

                body.AppendChild(new Paragraph(run));
            }

            main.Document = new WordDocument(body);
        }

        return stream.ToArray();
    }
}
