using System.Text.RegularExpressions;

namespace FoiBot.Answering;

/// <summary>
/// What a "when" question asks of a date, and whether a sentence gives one: "when did they receive it" is answered by
/// the sentence saying when the request was received, "by what date should they reply" by the one naming the deadline.
/// </summary>
internal static partial class DateCues
{
    /// <summary>The kind of date a question asks for.</summary>
    internal enum Asked
    {
        Any,
        Received,
        Deadline,
    }

    public static Asked Of(string question) =>
        ReceivedAsked().IsMatch(question) ? Asked.Received
        : DeadlineAsked().IsMatch(question) ? Asked.Deadline
        : Asked.Any;

    /// <summary>A calendar date in any of the ways letters write one: "11 January 2026", "January 11, 2026", "11/01/2026".</summary>
    public static bool HasDate(string sentence) => Date().IsMatch(sentence);

    /// <summary>Whether a dated sentence gives the kind of date asked: the receipt, or the deadline or promised reply.</summary>
    public static bool Gives(string sentence, Asked asked) => asked switch
    {
        Asked.Received => Received().IsMatch(sentence),
        Asked.Deadline => Deadline().IsMatch(sentence),
        _ => false,
    };

    [GeneratedRegex(@"\b(?:receiv\w*|got|acknowledg\w*|arrive\w*|logged)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedAsked();

    [GeneratedRegex(@"\b(?:due|deadline|should|promis\w*|expect\w*|by (?:what|which|when)|(?:reply|respond|answer) by|have to (?:reply|respond|answer)|must)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineAsked();

    [GeneratedRegex(@"\b(?:receiv\w*|acknowledg\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Received();

    [GeneratedRegex(@"\b(?:due|by|no later than|on or before|before|deadline|within|until|promptly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Date();
}
