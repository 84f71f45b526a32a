using System.Text.RegularExpressions;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>
/// Finds the list markers of a request as requesters write them: "1.", "1)", "(1)", "1-", "1.The" (no space), "Q1",
/// "Question 1", "1.1", "a)", "(a)", "A.", and bullets ("-", "*", "•", "o"). A marker that follows a sentence on the
/// same line ("...cameras? 2. How many", "...councils3. Of the") counts only where it continues its list's numbering,
/// so amounts and dates inside a question are not read as items.
/// </summary>
internal static partial class ItemMarkers
{
    private const int PeriodLineLength = 80;

    public static IReadOnlyList<ItemMarker> Find(string text)
    {
        var candidates = new List<ItemMarker>();
        foreach (Match m in LineMarker().Matches(text))
        {
            candidates.Add(ToMarker(text, m, lineStart: true));
        }

        foreach (Match m in InlineMarker().Matches(text))
        {
            candidates.Add(ToMarker(text, m, lineStart: false));
        }

        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return Continuing(candidates);
    }

    // An inline marker continues the last marker of its list, or opens a list whose next marker follows; one pass
    // each way, so a paste full of numbers costs in proportion to its length.
    private static List<ItemMarker> Continuing(List<ItemMarker> candidates)
    {
        var secondFollows = new bool[candidates.Count];
        var seconds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            secondFollows[i] = seconds.Contains(candidates[i].Style);
            if (candidates[i].Ordinal == 2)
            {
                seconds.Add(candidates[i].Style);
            }
        }

        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<ItemMarker>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var marker = candidates[i];
            var continues = marker.Ordinal == 1 ? secondFollows[i] : last.TryGetValue(marker.Style, out var previous) && previous + 1 == marker.Ordinal;
            if (marker.LineStart || continues)
            {
                kept.Add(marker);
            }

            last[marker.Style] = marker.Ordinal;
        }

        return kept;
    }

    private static ItemMarker ToMarker(string text, Match m, bool lineStart)
    {
        var number = m.Groups["number"];
        var letter = m.Groups["letter"];
        var (style, ordinal) = number.Success ? ("1", int.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture))
            : m.Groups["decimal"].Success ? ("1.1", 0)
            : letter.Success ? ("a", char.ToLowerInvariant(letter.Value[0]) - 'a' + 1)
            : (m.Groups["bullet"].Value, 0);
        // A year or period line is short: only so much of the line is read, whatever its length.
        var start = m.Index + m.Length;
        var span = text.AsSpan(start, Math.Min(PeriodLineLength + 1, text.Length - start));
        var lineEnd = span.IndexOf('\n');
        var rest = lineEnd >= 0 ? span[..lineEnd] : span;
        return new ItemMarker(m.Index, start, style, ordinal, lineStart, rest.Length <= PeriodLineLength && Periods.IsPeriodOnly(rest.ToString()));
    }

    // What follows a marker: a space, the line's end, or (numbers only) a capital written without a space ("1.The").
    [GeneratedRegex("""
        ^[ \t]*(?:\*\*)?(?:
            (?:Q(?:uestion)?[ \t]*)?\(?(?<number>\d{1,2})(?:[.):]|[ \t]?-)(?:[ \t]+|(?=[A-Z"“])|(?=\r?$))
          | (?:Q(?:uestion)?[ \t]*)(?<number>\d{1,2})[ \t]+
          | (?<decimal>\d{1,2}\.\d{1,2})[.)]?[ \t]+
          | \(?(?<letter>[a-zA-Z])[.)](?:[ \t]+|(?=\r?$))
          | (?<bullet>[-*\u2022\u00b7\u25aa\u2013o])(?:[ \t]+|(?=[A-Z]))
        )
        """, RegexOptions.Multiline | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LineMarker();

    // After a sentence's end, or glued to a word when the page lost its line breaks ("...councils3. Of the").
    [GeneratedRegex("""
        (?<=[?.!:;)][ \t]{0,3}|[a-z])(?:
            (?:Q(?:uestion)?[ \t]*)?\(?(?<number>\d{1,2})[.)][ \t]*(?=[A-Z"“])
          | (?<=[?.!:;][ \t]{1,3})\((?<letter>[a-h])\)[ \t]+
          | (?<=[?.!:;][ \t]{1,3})(?<letter>[a-h])\)[ \t]+
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex InlineMarker();
}
