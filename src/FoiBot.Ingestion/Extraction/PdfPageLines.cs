using System.Text;
using UglyToad.PdfPig.Content;

namespace FoiBot.Ingestion.Extraction;

/// <summary>
/// One page's words grouped into lines by their baseline, top to bottom, left to right; a gap of well over one line
/// (1.8 times the font size; text is set at 1.15 to 1.5) becomes a blank line, which is how a PDF shows a paragraph break.
/// </summary>
internal static class PdfPageLines
{
    public static string Read(Page page)
    {
        var words = page.GetWords()
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .OrderByDescending(w => w.BoundingBox.Bottom)
            .ThenBy(w => w.BoundingBox.Left)
            .ToList();
        var lines = new List<(double Baseline, double Height, List<Word> Words)>();
        foreach (var word in words)
        {
            var height = Math.Max(word.Letters.Count > 0 ? word.Letters.Max(l => l.PointSize) : word.BoundingBox.Height, 1);
            if (lines.Count > 0 && Math.Abs(lines[^1].Baseline - word.BoundingBox.Bottom) <= height / 2)
            {
                lines[^1].Words.Add(word);
            }
            else
            {
                lines.Add((word.BoundingBox.Bottom, height, [word]));
            }
        }

        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                var gap = lines[i - 1].Baseline - lines[i].Baseline;
                text.Append(gap > lines[i - 1].Height * 1.8 ? "\n\n" : "\n");
            }

            text.AppendJoin(' ', lines[i].Words.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
        }

        return text.ToString();
    }
}
