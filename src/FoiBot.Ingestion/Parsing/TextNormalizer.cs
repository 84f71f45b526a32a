using System.Buffers;
using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>Turns a letter as converted from HTML, PDF or Markdown into trimmed plain lines.</summary>
internal static partial class TextNormalizer
{
    // SearchValues: string.Contains(..., OrdinalIgnoreCase) is a slow char-by-char loop under invariant globalization.
    private static readonly SearchValues<string> s_pdf = SearchValues.Create(["PDF"], StringComparison.OrdinalIgnoreCase);


    public static List<string> ToLines(string text)
    {
        var raws = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var cleaned = raws.Select(CleanLine).ToList();
        var width = WrapWidth(cleaned);
        var lines = new List<string>();
        for (var i = 0; i < cleaned.Count; i++)
        {
            var line = cleaned[i];

            // The width test looks at the previous line as printed, not at the sentence joined so far.
            if (lines.Count > 0 && ContinuesPrevious(lines[^1], cleaned[i - 1].Length, line, raws[i], width))
            {
                lines[^1] += " " + line;
                continue;
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>
    /// E-mails and PDFs wrap sentences at a fixed width. A long line that does not end a sentence, followed by one
    /// that starts in lower case, is one sentence. In text wrapped at a fixed width, so is a line that ends where the
    /// next line's first word would not have fitted, whatever case that word starts with ("the Council's Tree" /
    /// "Management team"). List items and numbered lines always start a line of their own.
    /// </summary>
    private static bool ContinuesPrevious(string previous, int printedLength, string line, string raw, int? width)
    {
        if (line.Length == 0 || previous.Length < 50 || (EndsSentence(previous) && !EndsWithAbbreviation().IsMatch(previous))
            || ListItem().IsMatch(line) || Bullet().IsMatch(raw))
        {
            return false;
        }

        if (char.IsLower(line[0]))
        {
            return true;
        }

        if (width is not { } w || NumberedStart().IsMatch(line))
        {
            return false;
        }

        var firstWord = line.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? space : line.Length;
        return printedLength + 1 + firstWord > w * WrapSlack;
    }

    private static bool EndsSentence(string line) => ".:;?!".Contains(line[^1], StringComparison.Ordinal);

    /// <summary>Proportional fonts make a wrapped line's length in characters vary around the width.</summary>
    private const double WrapSlack = 0.92;

    /// <summary>
    /// The width a text was hard-wrapped at, or null when it was not: nine lines in ten are of a typewriter width
    /// (up to 150 characters), the longest of those is at least 60, and one in ten (three at least) come close to it.
    /// </summary>
    private static int? WrapWidth(List<string> lines)
    {
        // An unbreakable URL or table row can overrun the width, so lines past any typewriter width are set aside.
        var lengths = lines.Where(l => l.Length > 0).Select(l => l.Length).ToList();
        var fitting = lengths.Where(l => l <= 150).ToList();
        if (fitting.Count < 8 || fitting.Count * 10 < lengths.Count * 9)
        {
            return null;
        }

        var width = fitting.Max();
        var near = fitting.Count(l => l >= width * 0.85);
        return width >= 60 && near >= 3 && near * 10 >= fitting.Count ? width : null;
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

        if (line.AsSpan().ContainsAny(s_pdf))
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

    // "1. ...", "2) ...", "Q3 ...", "A3:": numbered lines begin a question or an answer of their own.
    [GeneratedRegex(@"^(?:\(?\d{1,3}(?:\.\d{1,2})*\s*[.):]|[QA]\d{1,3}\b|(?:Question|Answer|Response|Request)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedStart();

    // "(e.g." or "i.e." at the end of a line ends no sentence; the example or the explanation follows on the next.
    [GeneratedRegex(@"\b(?:e\.g|i\.e|viz|cf|approx|incl|esp)\.$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithAbbreviation();

    // "a) ...", "(b) ...", "i.) ...": list items start in lower case but begin a line of their own.
    [GeneratedRegex(@"^\(?(?:[a-z]|[ivx]{1,4})\s*[.)]")]
    private static partial Regex ListItem();
}
