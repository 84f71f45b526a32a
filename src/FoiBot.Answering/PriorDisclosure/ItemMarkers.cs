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
        return candidates.Where((m, i) => m.LineStart || ContinuesList(candidates, i)).ToList();
    }

    // An inline marker continues the last marker of its list, or opens a list whose next marker follows.
    private static bool ContinuesList(List<ItemMarker> candidates, int i)
    {
        var marker = candidates[i];
        if (marker.Ordinal == 1)
        {
            return candidates.Skip(i + 1).Any(m => m.Style == marker.Style && m.Ordinal == 2);
        }

        var previous = candidates.Take(i).LastOrDefault(m => m.Style == marker.Style);
        return previous is not null && previous.Ordinal + 1 == marker.Ordinal;
    }

    private static ItemMarker ToMarker(string text, Match m, bool lineStart)
    {
        var number = m.Groups["number"];
        var letter = m.Groups["letter"];
        var (style, ordinal) = number.Success ? ("1", int.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture))
            : m.Groups["decimal"].Success ? ("1.1", 0)
            : letter.Success ? ("a", char.ToLowerInvariant(letter.Value[0]) - 'a' + 1)
            : (m.Groups["bullet"].Value, 0);
        var lineEnd = text.IndexOf('\n', m.Index + m.Length);
        var rest = text[(m.Index + m.Length)..(lineEnd < 0 ? text.Length : lineEnd)];
        return new ItemMarker(m.Index, m.Index + m.Length, style, ordinal, lineStart, Periods.IsPeriodOnly(rest));
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
        (?<=[?.!:;)][ \t]*|[a-z])(?:
            (?:Q(?:uestion)?[ \t]*)?\(?(?<number>\d{1,2})[.)][ \t]*(?=[A-Z"“])
          | (?<=[?.!:;][ \t]+)\((?<letter>[a-h])\)[ \t]+
          | (?<=[?.!:;][ \t]+)(?<letter>[a-h])\)[ \t]+
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex InlineMarker();
}
