using System.Text.RegularExpressions;
using FoiBot.Core.Text;

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
        foreach (var line in content.Take(30))
        {
            var labelled = SubjectLabel().Match(line);
            if (labelled.Success)
            {
                var value = labelled.Groups["s"].Value;
                var prefixedValue = TitlePrefix().Match(value);
                if (WithoutReferences(prefixedValue.Success ? prefixedValue.Groups["t"].Value : value) is { Length: > 0 } subject && !LabelWord().IsMatch(subject) && !IsLawOrRequestHeading(subject))
                {
                    return Tidy(subject);
                }
            }

            // "FOI Request - Public Toilet Provisions", "Freedom of Information Request - Street Lighting"
            var prefixed = TitlePrefix().Match(line);
            if (prefixed.Success && !ReferenceLabel().IsMatch(prefixed.Groups["t"].Value) && !LabelledNumber().IsMatch(prefixed.Groups["t"].Value)
                && WithoutReferences(prefixed.Groups["t"].Value) is { Length: > 0 } titled && HasWords(titled) && !LabelWord().IsMatch(titled))
            {
                return Tidy(titled);
            }
        }

        // A plain line is a title only when the request's labels or questions follow it directly; otherwise it is
        // as likely a name, a department or an address, and a wrong subject is worse than none.
        var opens = content.FindIndex(l => LineRules.StartsRequest(l) || LineRules.IsSalutation(l));
        for (var i = 0; i + 1 < content.Count && i < 8 && (opens < 0 || i < opens); i++)
        {
            var line = content[i];

            // The value under a label ("Strategic Director:" / "Leith Penny") is a name or a fact, not a title.
            if (i > 0 && content[i - 1].EndsWith(':'))
            {
                continue;
            }

            if (TitlePrefix().IsMatch(line) || !IsTitle(line) || isLetterhead(line) || WithoutReferences(line) is not { Length: > 0 } title)
            {
                continue;
            }

            // A title carrying the request's reference ("FOI4719 / October 2024 / False Alarms") is one.
            if (OpensRequest(content[i + 1]) || CarriesRequestReference(line) || FoiTitleWords().IsMatch(line) && !content.Skip(i + 1).Take(3).Any(isLetterhead))
            {
                return Tidy(title);
            }
        }

        // "Dear Mr Kemp" / "Cornwall resignalling scheme" / "Thank you for ...": the heading under the salutation.
        var salutation = content.FindIndex(LineRules.IsSalutation);
        if (salutation >= 0 && salutation + 2 < content.Count && IsTitle(content[salutation + 1])
            && WithoutReferences(content[salutation + 1]) is { Length: > 0 } heading)
        {
            return Tidy(heading);
        }

        foreach (var line in content.Where(l => l.Contains("your", StringComparison.OrdinalIgnoreCase)))
        {
            var m = Acknowledged().Match(line);
            if (m.Success)
            {
                return Tidy(m.Groups["s"].Value);
            }
        }

        return null;
    }

    private static bool CarriesRequestReference(string line) =>
        TitleSeparator().Split(line).Any(p => RequestReference().IsMatch(p.Trim())) && !LabelWord().IsMatch(WithoutReferences(line).TrimEnd(':'));

    private static bool OpensRequest(string next) =>
        (next.Length < 40 && LetterDateParser.Parse(next) is not null) ||
        ReferenceExtractor.IsReferenceLine(next)
        || next.StartsWith("Request ID", StringComparison.OrdinalIgnoreCase)
        || LineRules.IsFormLabel(next)
        || LineRules.StartsRequest(next)
        || LineRules.StartsResponse(next)
        || LetterDateParser.IsDateOnly(next)
        || NumberedLine.TryParse(next) is { IsSubItem: false };

    private static bool IsTitle(string line) =>
        line.Length is >= 3 and <= 90
        && !".:;,?!".Contains(line[^1], StringComparison.Ordinal)
        && char.IsUpper(line[0])
        && NumberedLine.TryParse(line) is null
        && !LetterDateParser.IsDateOnly(line)
        && !ReferenceExtractor.IsReferenceLine(line)
        && ReferenceExtractor.ExtractLabelled([line]).Count == 0
        && !ReferenceLabel().IsMatch(line)
        && !LineRules.IsSalutation(line)
        && !LineRules.StartsRequest(line)
        && !LineRules.StartsResponse(line)
        && !IsLawOrRequestHeading(line)
        && !LineRules.IsFormLabel(line)
        && !line.StartsWith("Request ID", StringComparison.OrdinalIgnoreCase)
        && !NotATitle().IsMatch(line)
        && !PhoneNumber().IsMatch(line)
        && !Procedure.IsProcedural(line)
        && !SubjectLabel().IsMatch(line)
        && !line.Contains('@', StringComparison.Ordinal)
        && !line.Contains("email", StringComparison.OrdinalIgnoreCase)
        && line.Split(' ').Length <= 12;

    /// <summary>A title such as "FOI4719 / October 2024 / False Alarms" keeps only its words; a bare reference is no subject.</summary>
    private static string WithoutReferences(string title)
    {
        var parts = TitleSeparator().Split(title).Select(p => p.Trim().Trim('(', ')')).Where(p => p.Length > 0).ToList();
        var kept = parts.Where(p => !IsReferenceOrDate(p)).ToList();
        return kept.Count == parts.Count ? title.Trim() : string.Join(" - ", kept);
    }

    private static bool IsReferenceOrDate(string part) =>
        (ReferenceExtractor.LooksLikeBareReference(part) && !Year().IsMatch(part)) || LetterDateParser.Parse(part) is not null || MonthYear().IsMatch(part);

    /// <summary>"Freedom of information request", "FREEDOM OF INFORMATION ACT 2000 REQUEST": headings that name the law or the request, not the subject.</summary>
    private static bool IsLawOrRequestHeading(string text) => LineRules.IsLawHeading(text) || NamesALaw().IsMatch(text);

    private static bool HasWords(string text) => text.Count(char.IsLetter) >= 3;

    private static string Tidy(string subject)
    {
        var s = subject.Trim().TrimEnd('.', ',', ';', ':');
        s = LeadingArticle().Replace(s, "");
        return s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }

    [GeneratedRegex(@"^(?:FOI|EIR|FOISA|EISR|Freedom of Information)\s+(?:Request|Req\.?)(?![a-z])\s*[-–:]?\s*(?<t>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"^(?:Thank you for your|I write in connection with your|.*\b(?:asking for information|refining your request))\b.*?\b(?:relating to|regarding|about|concerning|on the subject of|in relation to)\s+(?<s>[^.,]{3,120}?)(?:\.|,|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Acknowledged();

    [GeneratedRegex(@"\s+[/|–-]\s+|^\(|\)$")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"\b(?:Freedom of Information|FOI|EIR|FOISA|disclosure)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FoiTitleWords();

    // Addresses, request sentences, departments and generic headings are not what a letter is about.
    [GeneratedRegex(@"^(?:To|From|Cc|Sent|Attn|Attention|FAO|Dear)\b\s*:?|^(?:Please|Could|Can|Would|I would|We would|I am|I'm)\b|\bDisclosure Log$|\b(?:Office|Team|Unit|Department|Directorate|Section|Group|Officer|Manager|Governance|Division|Branch)$|^(?:Response|Reply|Request|Answer)s?\s+(?:to|for|from)\b|^(?:Response|Request)\s+[A-Z]*\d", RegexOptions.IgnoreCase)]
    private static partial Regex NotATitle();

    [GeneratedRegex(@"(?:\b|(?<=Our|Your))Ref(?:erence)?\b\.?\s*(?:No\.?|Number)?\s*[:#]|\b(?:Our|Your|Ein|Eich)\s*(?:Ref|Cyf)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceLabel();

    [GeneratedRegex(@"\b(?:Act|Regulations)(?:\s*\([A-Z]+\))?\s+\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamesALaw();

    [GeneratedRegex(@"\d[\d ]{7,}\d")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^(?:FOI|EIR|FI|RFI|FOISA)[\s/-]?\d{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex RequestReference();

    [GeneratedRegex(@":\s*(?:\S+\s)?\S*\d{3,}")]
    private static partial Regex LabelledNumber();

    [GeneratedRegex(@"^(?:ID|No\.?|Number|Reference|Ref|Details?|Form|Log)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelWord();

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?:Subject|Re|Title)\s*:\s*(?<s>\S.{2,150})$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLabel();

    [GeneratedRegex(@"^(?:the|use of the)\s+(?=[A-Z])")]
    private static partial Regex LeadingArticle();
}
