using System.Globalization;
using System.Text.RegularExpressions;

namespace FoiBot.Answering;

/// <summary>
/// Reads time words out of a question and returns the question without them, so that "since 2019" or "latest" is
/// not taken for a topic the letters must mention. Years that belong to the data asked for ("claims in 2013/14")
/// are left in the topic: they are what the letter's tables say, not when it was written.
/// </summary>
internal static partial class TimeScopeReader
{
    public static (TimeScope Scope, string Remainder) Read(string question)
    {
        var scope = TimeScope.None;
        var rest = question;

        rest = Since().Replace(rest, m =>
        {
            var year = Year(m);
            scope = scope with { From = m.Groups["w"].Value.Equals("after", StringComparison.OrdinalIgnoreCase) ? new DateOnly(year + 1, 1, 1) : new DateOnly(year, 1, 1) };
            return " ";
        });
        rest = Before().Replace(rest, m =>
        {
            var year = Year(m);
            scope = scope with { To = m.Groups["w"].Value.Equals("before", StringComparison.OrdinalIgnoreCase) ? new DateOnly(year - 1, 12, 31) : new DateOnly(year, 12, 31) };
            return " ";
        });
        rest = Change().Replace(rest, _ =>
        {
            scope = scope with { AsksForChange = true };
            return " ";
        });
        rest = Newest().Replace(rest, _ =>
        {
            scope = scope with { NewestOnly = !scope.AsksForChange };
            return " ";
        });
        return (scope, rest);
    }

    private static int Year(Match m) => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?<w>since|from|after)\s+(?:the\s+start\s+of\s+)?(?<y>(?:19|20)\d{2})\b(?![/-]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    [GeneratedRegex(@"\b(?<w>before|until|till|up\s+to|prior\s+to)\s+(?:the\s+end\s+of\s+)?(?<y>(?:19|20)\d{2})\b(?![/-]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Before();

    [GeneratedRegex(@"\b(?:chang(?:ed|es|ing|e)|shift(?:ed)?|revers(?:ed|e))\s+(?:(?:its|their|the\s+council'?s)\s+)?(?:position|stance|mind|answer|view|policy)\b|\bover\s+(?:time|the\s+years)\b|\bany\s+change\b", RegexOptions.IgnoreCase)]
    private static partial Regex Change();

    [GeneratedRegex(@"\b(?:latest|most\s+recent(?:ly)?|newest|most\s+up[\s-]to[\s-]date|still|nowadays|these\s+days|at\s+present|presently|currently|at\s+the\s+moment|right\s+now)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Newest();
}
