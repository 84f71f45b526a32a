using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Finds what a letter is about: a title line ("FOI Request - Public Toilet Provisions", "ULEZ cameras"), or the
/// acknowledgement's "request for information relating to ...". Letterhead lines are never taken for a title.
/// </summary>
internal static partial class SubjectReader
{
    public static string? Find(IReadOnlyList<string> lines, Func<string, bool> isLetterhead)
    {
        var content = lines.Where(l => l.Length > 0).ToList();
        for (var i = 0; i < Math.Min(content.Count, 3); i++)
        {
            var line = content[i];
            var prefixed = TitlePrefix().Match(line);
            if (prefixed.Success && prefixed.Groups["t"].Value.Length > 0)
            {
                return Tidy(prefixed.Groups["t"].Value);
            }

            if (IsTitle(line) && !content.Take(i + 4).Any(isLetterhead))
            {
                return Tidy(line);
            }

            // Disclosure-log pages put the title just above the request's labels.
            if (!IsTitle(line))
            {
                break;
            }
        }

        foreach (var line in content)
        {
            var m = Acknowledged().Match(line);
            if (m.Success)
            {
                return Tidy(m.Groups["s"].Value);
            }
        }

        return null;
    }

    private static bool IsTitle(string line) =>
        line.Length is >= 3 and <= 90
        && !".:;,?!".Contains(line[^1], StringComparison.Ordinal)
        && char.IsUpper(line[0])
        && NumberedLine.TryParse(line) is null
        && !LetterDateParser.IsDateOnly(line)
        && !ReferenceExtractor.IsReferenceLine(line)
        && !LineRules.StartsRequest(line)
        && !LineRules.StartsResponse(line)
        && !LineRules.IsLawHeading(line)
        && !LineRules.IsFormLabel(line)
        && !line.StartsWith("Request ID", StringComparison.OrdinalIgnoreCase)
        && line.Split(' ').Length <= 12;

    private static string Tidy(string subject)
    {
        var s = subject.Trim().TrimEnd('.', ',', ';', ':');
        s = LeadingArticle().Replace(s, "");
        return s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }

    [GeneratedRegex(@"^(?:FOI|EIR|FOISA|EISR|Freedom of Information)\s+(?:Request|Req)\.?\s*[-–:]?\s*(?<t>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"^(?:Thank you for your|.*\b(?:asking for information|refining your request))\b.*?\b(?:relating to|regarding|about|concerning|on the subject of|in relation to)\s+(?<s>[^.,]{3,120}?)(?:\.|,|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Acknowledged();

    [GeneratedRegex(@"^(?:the|use of the)\s+(?=[A-Z])")]
    private static partial Regex LeadingArticle();
}
