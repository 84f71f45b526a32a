using System.Buffers;
using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Finds the reference numbers a letter labels as its own ("Our ref: 5576276", "Request ID: FOI352248676",
/// "Request 101000148084"). Unlabelled numbers are never taken for references.
/// </summary>
internal static partial class ReferenceExtractor
{
    // SearchValues scans for both words at once; string.Contains(..., OrdinalIgnoreCase) is a slow loop under invariant globalization.
    private static readonly SearchValues<string> s_labelWords = SearchValues.Create(["ref", "request"], StringComparison.OrdinalIgnoreCase);

    /// <remarks>
    /// A bare "ref 999" in the middle of a sentence is only a weak label: it may be the letter's own reference
    /// ("please quote ref 12345"), or another request, or text the requester wrote ("cite ref 999"). Such references
    /// are kept only when the letter labels none more firmly (a header line, "Our ref", "FOI ref").
    /// </remarks>
    public static List<string> Extract(IReadOnlyList<string> lines)
    {
        var labelled = ExtractLabelled(lines);
        if (labelled.Count > 0)
        {
            return labelled;
        }

        // Disclosure-log pages and many letters put the reference in the heading rather than after a label.
        return FromHeading(lines) is { } heading ? [heading] : labelled;
    }

    /// <summary>The references the lines label as the letter's own, without looking at headings.</summary>
    public static List<string> ExtractLabelled(IReadOnlyList<string> lines)
    {
        var refs = new List<string>();
        var weak = new List<string>();
        foreach (var line in lines)
        {
            if (!line.AsSpan().ContainsAny(s_labelWords))
            {
                continue;
            }

            foreach (Match m in LabelledReference().Matches(line))
            {
                if (m.Groups["your"].Success)
                {
                    continue;
                }

                var found = IsMidSentenceLabel(line, m) ? weak : refs;
                foreach (var reference in Expand(Tidy(m.Groups["ref"].Value)))
                {
                    if (IsPlausible(reference) && !found.Contains(reference, StringComparer.OrdinalIgnoreCase))
                    {
                        found.Add(reference);
                    }
                }
            }
        }

        return refs.Count > 0 ? refs : weak;
    }

    /// <summary>
    /// The reference a letter's first lines carry as a heading: "FOI 11611", "FI16402", "FOI / 3896 / 2018 - Title",
    /// "FOI_24-312 Title", or a title ending in one in brackets, "Drones (3300/18)". Null when none does.
    /// </summary>
    public static string? FromHeading(IReadOnlyList<string> lines)
    {
        // A heading is one of the first lines and no sentence: "FOI 12345 was answered last year." is not one.
        foreach (var line in lines.Where(l => l.Length > 0).Take(HeadingLines).Where(l => !l.EndsWith('.')))
        {
            if (LeadingReference().Match(line) is { Success: true } leading && IsPlausible(leading.Groups["ref"].Value))
            {
                return leading.Groups["ref"].Value.Trim();
            }

            if (BracketedReference().Match(line) is { Success: true } bracketed && line.Length <= 100)
            {
                return bracketed.Groups["ref"].Value.Trim();
            }
        }

        return null;
    }

    /// <summary>A form field's value holding a reference then the request's title ("FOI 25-198 Call Category Response Times"): the reference alone.</summary>
    public static string ReferenceOf(string value) =>
        LeadingReference().Match(value) is { Success: true } m && IsPlausible(m.Groups["ref"].Value) ? m.Groups["ref"].Value.Trim() : value;

    private const int HeadingLines = 3;

    /// <summary>"... and cite ref 999": a plain "ref" label with words before it on the line and no owner ("Our", "FOI").</summary>
    private static bool IsMidSentenceLabel(string line, Match m) =>
        !m.Groups["owner"].Success
        && m.Value.TrimStart().StartsWith("ref", StringComparison.OrdinalIgnoreCase)
        && line.AsSpan(0, m.Index).ContainsAnyExcept(" \t([-–•*#:".AsSpan());

    /// <summary>True when the whole line only states a reference, so it is header material rather than answer text.</summary>
    public static bool IsReferenceLine(string line) =>
        line.Count(char.IsAsciiDigit) >= 3 && (ReferenceOnlyLine().IsMatch(line) || RequestReferenceLine().IsMatch(line));

    /// <summary>True for a token that is nothing but a reference: "FOI4719", "FOI-70688433", "2240", "A1346436".</summary>
    public static bool LooksLikeBareReference(string token) => BareReference().IsMatch(token.Trim());

    /// <summary>True for something shaped like a reference number: a run of digits, optionally with letters and separators.</summary>
    public static bool LooksLikeReference(string token) => IsPlausible(Tidy(token));

    private static string Tidy(string raw)
    {
        var reference = raw.Trim().TrimEnd('.', ',', ';', ')', ':');

        // Case officers append their initials ("FOI-1091-1718/GH"); they are not part of the reference.
        return OfficerInitials().Replace(reference, "");
    }

    /// <summary>One letter answering several requests writes "FOI-2850/2860/2862-2223"; each is a reference of its own.</summary>
    private static IEnumerable<string> Expand(string reference)
    {
        var m = SharedSuffix().Match(reference);
        if (!m.Success)
        {
            return [reference];
        }

        return m.Groups["nums"].Value.Split('/').Select(n => m.Groups["p"].Value + n + m.Groups["s"].Value);
    }

    // Every reference taken is labelled as one, so three digits ("Reference: 825") are enough.
    private static bool IsPlausible(string reference) => reference.Count(char.IsAsciiDigit) >= 3 && reference.Length <= 40;

    [GeneratedRegex(@"(?:\b(?<your>Your)\s+|\b(?<owner>Our|TfL|FOI|EIR|FOISA|Council|Case)\s+|\b)(?:Ref(?:erence)?\.?|Request\s+ID|Request\s+reference|FOI\s+Number)(?:\s*(?:No\.?|Number))?\s*[:.#]?\s*(?<ref>[A-Za-z]{2,8} \d{2,4} \d{3,}\b|(?:[A-Za-z]{1,8}[-_/.])*[A-Za-z]{0,8}[-_ /.]?\d[\w\-/.]*)|^(?:FOI\s+|EIR\s+)?Request\s+(?:No\.?\s*)?(?<ref>\d{5,}[\w\-/]*)|^Request\s*(?:No\.?|Number)?\s*:\s*(?<ref>[A-Za-z]{0,8}[-_/ ]?\d{3,}[\w\-/.]*)|\b(?:FOI|EIR|FOISA|Freedom of Information|Environmental Information)\s+(?:request|req)(?:\s*[:–\-]\s*|\s*\(\s*|\s+(?=\d))(?<ref>[A-Za-z]{0,8}[-_/]?\d[\w\-/]*)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledReference();

    [GeneratedRegex(@"^\(?(?:(?:Our|TfL|FOI|EIR|Council|Case)\s+)?(?:Ref(?:erence)?|Request\s+ID|Request)(?:\s*(?:No\.?|Number))?\s*[:.#]?\s*[A-Za-z]{0,8}[-_ /]?\d[\w\-/]*\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceOnlyLine();

    [GeneratedRegex(@"^(?:(?:FOI|EIR|FOISA|Request|Ref(?:erence)?)[\s:#-]*)?[A-Za-z]{0,8}[-_/ ]?\d{3,}[\w\-/]*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareReference();

    [GeneratedRegex(@"^(?:Re:\s*)?(?:Freedom of Information|Environmental Information|FOI|EIR)\s+(?:request|req)\s*(?:[:–\-]|\(|(?=\d))\s*[A-Za-z]{0,8}[-_/]?\d[\w\-/.]*\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex RequestReferenceLine();

    // A request-number prefix, then digits with the separators authorities use; a title may follow after a space or dash.
    [GeneratedRegex(@"^(?<ref>(?:FOI|FOIR|FOIA|FI|EIR|FOISA|RFI|IR)(?:\s*[-_/]\s*|\s+|(?=\d))\d[\d]*(?:\s*[-_/.]\s*\d+[A-Za-z]?)*)(?=$|\s|[-–:])", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingReference();

    [GeneratedRegex(@"\((?<ref>(?:[A-Za-z]{1,6}\s*)?\d{2,}[A-Za-z]?/\d{2,4})\)\s*$")]
    private static partial Regex BracketedReference();

    [GeneratedRegex(@"/[A-Za-z]{1,4}$")]
    private static partial Regex OfficerInitials();

    [GeneratedRegex(@"^(?<p>[A-Za-z]+-)(?<nums>\d+(?:/\d+)+)(?<s>-\d{2,4})$")]
    private static partial Regex SharedSuffix();
}
