using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// A request that quotes a statute ("Section 1 of the Freedom of Information Act 2000 says:" / "1. Any person ...")
/// before asking its own numbered questions: the quoted subsections are not questions.
/// </summary>
internal static partial class QuotedLaw
{
    public static IReadOnlyList<string> Remove(IReadOnlyList<string> lines)
    {
        if (!lines.Any(l => l.EndsWith(':') && Introduction().IsMatch(l)))
        {
            return lines;
        }

        List<string>? kept = null;
        var quoting = false;
        string? previous = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && NumberedLine.TryParse(line) is { IsSubItem: false, First: 1 } && previous is not null)
            {
                quoting = previous.EndsWith(':') && Introduction().IsMatch(previous);
            }
            else if (quoting && line.Length > 0 && NumberedLine.TryParse(line) is null && !char.IsLower(line[0]))
            {
                // The first line that is neither a subsection nor its continuation ends the quotation.
                quoting = false;
            }

            if (quoting)
            {
                kept ??= [.. lines.Take(i)];
            }
            else
            {
                kept?.Add(line);
            }

            previous = line.Length > 0 ? line : previous;
        }

        // Only when the request goes on to number questions of its own; otherwise the numbered text is all there is.
        return kept is not null && kept.Exists(l => NumberedLine.TryParse(l) is { IsSubItem: false }) ? kept : lines;
    }

    /// <summary>
    /// A refusal notice that quotes the exemption it applies ("Section 21 states ..." / "(1) Information which is
    /// reasonably accessible ... is exempt information." / "(2) For the purposes of subsection (1) ..."): the quoted
    /// subsections are the statute's, not answers numbered to the questions, and are left out of the answer lines.
    /// </summary>
    public static IReadOnlyList<string> RemoveFromAnswer(IReadOnlyList<string> lines)
    {
        List<string>? kept = null;
        var quoting = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && line[0] == '(' && Subsection().Match(line) is { Success: true } m)
            {
                quoting = m.Groups["n"].Value == "1" ? StatuteWording().IsMatch(line) || Previous(lines, i) is { } before && QuotesSection().IsMatch(before) : quoting;
            }
            else if (quoting && line.Length > 0 && !char.IsLower(line[0]) && line[0] != '(')
            {
                // The first line that is neither a subsection, a lettered paragraph of one nor its continuation ends the quotation.
                quoting = false;
            }

            if (quoting)
            {
                kept ??= [.. lines.Take(i)];
            }
            else
            {
                kept?.Add(line);
            }
        }

        return kept ?? lines;
    }

    private static string? Previous(IReadOnlyList<string> lines, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            if (lines[i].Length > 0)
            {
                return lines[i];
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\((?<n>\d{1,2})\)\s")]
    private static partial Regex Subsection();

    [GeneratedRegex(@"\b(?:subsection|this Act|is exempt information)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatuteWording();

    [GeneratedRegex(@"\bsection \d+(?:\(\d+\))?(?:\([a-z]\))? (?:of the (?:Act|FOIA?)\s*)?(?:states|says|provides|reads)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuotesSection();

    [GeneratedRegex(@"^(?=.*\b(?:Act|Regulations|Order)\b)(?=.*(?:\b(?:section|regulation|article|paragraph|s\.)\s*\d|\b(?:says|states|provides|reads)\b)).*:$", RegexOptions.IgnoreCase)]
    private static partial Regex Introduction();
}
