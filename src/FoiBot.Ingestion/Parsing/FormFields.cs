using FoiBot.Core.Text;
namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Removes disclosure-log page furniture and label/value form fields ("Request ID" / "14259", "Last updated:" /
/// "30th December 2024"), keeping the values that carry letter facts.
/// </summary>
internal sealed class FormFields
{
    public string? RequestId { get; private set; }

    public DateOnly? DateReceived { get; private set; }

    public DateOnly? DateResolved { get; private set; }

    public List<string> Body { get; } = [];

    /// <summary>Every line but page clutter, form labels included: what a reader of the page sees around a title.</summary>
    public List<string> Visible { get; } = [];

    /// <summary>
    /// "61 |" / "|" / "93 |": a table saved one cell a line, where a bar alone is an empty cell; dropping it as page
    /// furniture would shift every later figure of its row into the wrong column.
    /// </summary>
    private static bool IsEmptyCell(IReadOnlyList<string> lines, int at) =>
        lines[at] == "|" && (IsCell(Neighbour(lines, at, -1)) || IsCell(Neighbour(lines, at, 1)));

    private static bool IsCell(string? line) => line is { Length: > 2 } && line.EndsWith(" |", StringComparison.Ordinal);

    private static string? Neighbour(IReadOnlyList<string> lines, int at, int step)
    {
        for (var i = at + step; i >= 0 && i < lines.Count; i += step)
        {
            if (lines[i].Length > 0 && lines[i] != "|")
            {
                return lines[i];
            }
        }

        return null;
    }

    public static FormFields Read(IReadOnlyList<string> lines)
    {
        var fields = new FormFields();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (LineRules.IsClutter(line) && !IsEmptyCell(lines, i))
            {
                continue;
            }

            fields.Visible.Add(line);
            if (!LineRules.IsFormLabel(line))
            {
                fields.Body.Add(line);
                continue;
            }

            var label = line.TrimEnd(':').Trim().ToLowerInvariant();
            var next = NextValue(lines, i);
            if (next is null)
            {
                continue;
            }

            var (value, at) = next.Value;
            if (label is "your ref" or "your reference")
            {
                // The requester's own reference (or a date they wrote there) is no fact about the letter.
                i = fields.Consume(value, at);
            }
            else if (label is "request id" or "reference" or "foi reference" or "our reference" or "our ref" or "reference number" or "case reference" or "request reference" or "foi number"
                && ReferenceExtractor.LooksLikeReference(value))
            {
                fields.RequestId ??= ReferenceExtractor.ReferenceOf(value);
                i = fields.Consume(value, at);
            }
            else if (LetterDateParser.IsDateOnly(value))
            {
                var date = LetterDateParser.Parse(value);
                if (label is "date received" or "received" or "requested" or "date of request" or "request date" or "date request received")
                {
                    fields.DateReceived ??= date;
                }
                else if (label is "date" or "date resolved" or "date published" or "date responded" or "responded" or "response date" or "date of response" or "publication date"
                    or "date of decision" or "decision date" or "released date" or "date released" or "date completed")
                {
                    fields.DateResolved ??= date;
                }

                i = fields.Consume(value, at);
            }
            else if (LineRules.IsShortDate(value))
            {
                // "Date of decision" / "21/01/26": a two-digit year leaves the century to guess, but the value is still no text.
                i = fields.Consume(value, at);
            }
        }

        return fields;
    }

    /// <summary>Skips a label's value in the body; a reader still sees it, so a title under it is not a label's value.</summary>
    private int Consume(string value, int at)
    {
        Visible.Add(value);
        return at;
    }

    /// <summary>The next non-blank line, when it is a value rather than another label.</summary>
    private static (string Value, int Index)? NextValue(IReadOnlyList<string> lines, int label)
    {
        for (var j = label + 1; j < lines.Count && j <= label + 2; j++)
        {
            if (lines[j].Length == 0)
            {
                continue;
            }

            return LineRules.IsFormLabel(lines[j]) || lines[j].Length > 60 ? null : (lines[j], j);
        }

        return null;
    }
}
