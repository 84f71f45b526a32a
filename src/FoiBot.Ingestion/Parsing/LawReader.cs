using System.Buffers;
using System.Text.RegularExpressions;
using FoiBot.Core;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Which law a request was handled under: the letter's own "considered under the ..." statement first, then the
/// law its answers cite, then any mention at all.
/// </summary>
internal static partial class LawReader
{
    // SearchValues: string.Contains(..., OrdinalIgnoreCase) is a slow char-by-char loop under invariant globalization.
    private static readonly SearchValues<string> s_scotland = SearchValues.Create(["(Scotland)"], StringComparison.OrdinalIgnoreCase);


    public static AccessLaw Find(string wholeText, string answers, string? title)
    {
        var stated = Stated().Match(wholeText);
        if (stated.Success)
        {
            return Classify(stated.Groups["law"].Value);
        }

        if (title is not null && EirTitle().IsMatch(title))
        {
            return Scottish(wholeText) ? AccessLaw.Eisr : AccessLaw.Eir;
        }

        var fromAnswers = Mentioned(answers);
        return fromAnswers != AccessLaw.Unknown ? fromAnswers : Mentioned(wholeText);
    }

    private static AccessLaw Mentioned(string text)
    {
        var environmental = Eir().Matches(text).Count;
        var freedom = Foia().Matches(text).Count + (Scottish(text) ? 1 : 0);
        if (environmental == 0 && freedom == 0)
        {
            return AccessLaw.Unknown;
        }

        return (Scottish(text), environmental > freedom) switch
        {
            (true, true) => AccessLaw.Eisr,
            (true, false) => AccessLaw.Foisa,
            (false, true) => AccessLaw.Eir,
            _ => AccessLaw.Foia,
        };
    }

    private static AccessLaw Classify(string law)
    {
        var scottish = law.Contains("Scotland", StringComparison.OrdinalIgnoreCase) || law.Contains("FOISA", StringComparison.OrdinalIgnoreCase) || law.Contains("EISR", StringComparison.OrdinalIgnoreCase);
        var environmental = law.Contains("Environmental", StringComparison.OrdinalIgnoreCase) || law.StartsWith("EI", StringComparison.OrdinalIgnoreCase);
        return (scottish, environmental) switch
        {
            (true, true) => AccessLaw.Eisr,
            (true, false) => AccessLaw.Foisa,
            (false, true) => AccessLaw.Eir,
            _ => AccessLaw.Foia,
        };
    }

    private static bool Scottish(string text) =>
        text.AsSpan().ContainsAny(s_scotland) || text.Contains("FOISA", StringComparison.Ordinal) || text.Contains("EISR", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:(?:processed|considered|dealt with|handled)\s+(?:this request |your request |these requests |the request )?|(?:request and )?response\s+)(?:under|in accordance with)\s+(?:the\s+)?(?:requirements of (?:the )?)?(?<law>Freedom of Information(?: \(Scotland\))? Act|FOI(?:SA)? Act|FOI(?:SA)?|Environmental Information(?: \(Scotland\))? Regulations|EIRs?|EISR)", RegexOptions.IgnoreCase)]
    private static partial Regex Stated();

    [GeneratedRegex(@"^EIR\b|\bEIR (?:release|request|response)\b")]
    private static partial Regex EirTitle();

    [GeneratedRegex(@"Environmental Information(?: \(Scotland\))? Regulations|(?<!/)\bEIRs?\b(?!/)|\bEISR\b|\bRegulation\s*1[0-3]\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex Eir();

    [GeneratedRegex(@"Freedom of Information(?: \(Scotland\))? Act|\bFOIS?A\b|\bFOI Act\b|Freedom of Information request", RegexOptions.IgnoreCase)]
    private static partial Regex Foia();
}
