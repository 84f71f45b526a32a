using System.Text.RegularExpressions;
using FoiBot.Core;

namespace FoiBot.Answering;

/// <summary>
/// "Did Surrey release what it pays?", "Did Stockton answer the request?": a question whether the authority gave what
/// was asked is answered by the outcome the request's page published, when the letter was saved with one and its own
/// quoted words do not already say the same.
/// </summary>
internal static partial class PublishedOutcome
{
    public static bool Asked(string question) => WhetherGiven().IsMatch(question.TrimStart());

    public static Verdict VerdictOf(PublishedStatus status) => status.Outcome switch
    {
        Outcome.Refused => Verdict.Refused,
        Outcome.NotHeld => Verdict.NotHeld,
        Outcome.Partial => Verdict.Partial,
        _ => Verdict.Yes,
    };

    [GeneratedRegex(@"^(?:did|has|have|had|will|would|was|were)\s+(?:\S+\s+){0,8}?(?:answer|release|give|hand|disclose|provide|publish|share|supply|reveal|refuse|turn|respond|reply|comply|grant|fulfil|fulfill)\w*\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhetherGiven();
}
