using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>Turns a letter as converted from HTML, PDF or Markdown into trimmed plain lines.</summary>
internal static partial class TextNormalizer
{
    public static List<string> ToLines(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = CleanLine(raw);

            // E-mails wrap sentences at a fixed width: a long line that does not end a sentence, followed by one that
            // starts in lower case, is one sentence.
            if (line.Length > 0 && char.IsLower(line[0]) && lines.Count > 0 && lines[^1].Length >= 50
                && !".:;?!".Contains(lines[^1][^1], StringComparison.Ordinal)
                && !ListItem().IsMatch(line))
            {
                lines[^1] += " " + line;
                continue;
            }

            lines.Add(line);
        }

        return lines;
    }

    public static string CleanLine(string raw)
    {
        // Most lines are plain prose: each rewrite runs only when its marker character is present.
        var line = raw.Replace('\u00A0', ' ').Replace('\t', ' ');
        if (line.Contains('#', StringComparison.Ordinal))
        {
            line = MarkdownHeading().Replace(line, "");
        }

        if (line.Contains("](", StringComparison.Ordinal))
        {
            line = MarkdownLink().Replace(line, "$1");
        }

        if (line.Contains('<', StringComparison.Ordinal))
        {
            line = AngleUrl().Replace(line, "$1");
        }

        if (line.Contains("**", StringComparison.Ordinal) || line.Contains("__", StringComparison.Ordinal))
        {
            line = Emphasis().Replace(line, "");
        }

        if (line.Contains("PDF", StringComparison.OrdinalIgnoreCase))
        {
            line = PdfIcon().Replace(line, "");
        }

        line = Bullet().Replace(line, "");
        if (line.Contains("  ", StringComparison.Ordinal))
        {
            line = Spaces().Replace(line, " ");
        }

        return line.Trim();
    }

    /// <summary>Collapses whitespace so that text compares and displays the same whatever its line breaks were.</summary>
    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"^\s*#{1,6}\s*")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"<(https?://[^>\s]+)>")]
    private static partial Regex AngleUrl();

    // Bold and bold-italic markers; a single '*' is kept because letters use it for footnotes ("<5*").
    [GeneratedRegex(@"\*{2,}|(?<=\s|^)_{2}|_{2}(?=\s|$)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s*\bPDF Logo\b", RegexOptions.IgnoreCase)]
    private static partial Regex PdfIcon();

    [GeneratedRegex(@"^\s*(?:[-–•·▪◦●]|\*(?=\s))\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // "a) ...", "(b) ...", "i.) ...": list items start in lower case but begin a line of their own.
    [GeneratedRegex(@"^\(?(?:[a-z]|[ivx]{1,4})\s*[.)]")]
    private static partial Regex ListItem();
}
