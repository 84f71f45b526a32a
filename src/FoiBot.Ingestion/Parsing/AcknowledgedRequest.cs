using System.Buffers;
using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>What an acknowledgement says was asked ("... in which you asked for a list of vacant properties.").</summary>
internal static partial class AcknowledgedRequest
{
    // SearchValues: string.Contains(..., OrdinalIgnoreCase) is a slow char-by-char loop under invariant globalization.
    private static readonly SearchValues<string> s_you = SearchValues.Create(["you"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The request the line says was made, or null when it says none.</summary>
    public static string? Find(string line)
    {
        // Every wording the pattern knows says "you" or "your"; most lines do not, and skip the regex.
        var m = line.AsSpan().ContainsAny(s_you) ? AskedFor().Match(line) : Match.Empty;
        if (!m.Success)
        {
            // A disclosure log reports the request in the third person ("We were asked to provide ...", "The request
            // was for ..."); the whole sentence is the question, as the page states it.
            m = Reported().Match(line);
        }

        return m.Success ? m.Groups["q"].Value.Trim() : null;
    }

    /// <summary>Whether <paramref name="asked"/> is the request as a log reports it ("The request was for ..."), not as a reply tells it back.</summary>
    public static bool IsReported(string asked) => Reported().IsMatch(asked);

    /// <summary>"... in which you requested a review of our response": a review letter answers the review, not a question of its own.</summary>
    public static bool IsReview(string asked) => ReviewOf().IsMatch(asked);

    [GeneratedRegex(@"\b(?:in which you\s+(?:asked|requested|sought)\s+(?:for\s+|about\s+)?|you\s+(?:asked|requested|sought)\s+(?:for|about|whether|that)\s*:?\s+|\byou\s+(?:asked|requested)\s*:\s+|\byour (?:e-?mail|letter|request)\b[^.]{0,60}?\b(?:asking|requesting)\s+(?:for\s+|about\s+)?|\byour request for information (?:about|on|regarding|concerning|relating to)\s+|\byour\b[^.]{0,60}?\brequest\b[^.]{0,60}?,\s*you\s+(?:requested|asked\s+for|sought)\s+)(?<q>[^.?]{8,300})", RegexOptions.IgnoreCase)]
    private static partial Regex AskedFor();

    [GeneratedRegex(@"^(?<q>(?:We (?:were|have been) asked|The request (?:was|is) (?:for|about|whether|to)|The (?:requester|applicant) (?:asked|requested)|We received a request (?:for|about|asking))\b[^.?]{8,400}[.?]?)")]
    private static partial Regex Reported();

    [GeneratedRegex(@"^(?:an?\s+)?(?:internal\s+)?(?:review|reconsideration)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewOf();
}
