using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace FoiBot.Ingestion.Tests.Formats;

/// <summary>
/// Writes a letter as a text PDF with PdfPig's builder in Helvetica: one PDF line per line of the letter, a blank
/// line's gap between paragraphs, and a new page only between paragraphs, as a word processor would. A letter's
/// line is often a whole paragraph, so the page is made wide enough for its longest line instead of wrapping it:
/// what the parser makes of wrapped lines is the parser's concern, not the extractor's.
/// </summary>
internal static class PdfFixture
{
    private const double FontSize = 9;
    private const double Leading = 12;
    private const double Margin = 40;
    private const double PageHeight = 842;

    public static byte[] Write(string letter)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var paragraphs = FixtureWriter.Paragraphs(letter);
        var longest = paragraphs.SelectMany(p => p).Select(l => l.Length).DefaultIfEmpty(1).Max();
        var width = Math.Clamp((longest * FontSize * 0.6) + (2 * Margin), 595, 14_000);
        PdfPageBuilder? page = null;
        var y = 0.0;
        foreach (var paragraph in paragraphs)
        {
            var height = paragraph.Count * Leading;
            if (page is null || (y - height < Margin && y < PageHeight - (2 * Margin)))
            {
                page = builder.AddPage(width, Math.Max(PageHeight, height + (3 * Margin)));
                y = page.PageSize.Height - Margin;
            }

            foreach (var line in paragraph)
            {
                page.AddText(Printable(line), FontSize, new UglyToad.PdfPig.Core.PdfPoint(Margin, y), font);
                y -= Leading;
            }

            y -= Leading;
        }

        return builder.Build();
    }

    /// <summary>Helvetica's standard encoding has no glyph for some characters; the letters use few, all with plain stand-ins.</summary>
    private static string Printable(string line) => line
        .Replace('\u2011', '-')
        .Replace('\u00A0', ' ')
        .Replace('\t', ' ');
}
