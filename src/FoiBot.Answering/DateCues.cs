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

        /// <summary>When the authority replied or sent its answer: any date but the receipt's.</summary>
        Reply,
    }

    public static Asked Of(string question) =>
        ReceivedAsked().IsMatch(question) ? Asked.Received
        : DeadlineAsked().IsMatch(question) ? Asked.Deadline
        : ReplyAsked().IsMatch(question) ? Asked.Reply
        : Asked.Any;

    /// <summary>A calendar date in any of the ways letters write one: "11 January 2026", "January 11, 2026", "11/01/2026".</summary>
    public static bool HasDate(string sentence) => Date().IsMatch(sentence);

    /// <summary>
    /// Whether every date a sentence gives is one the question itself names: "When did Cornwall reply to the request dated
    /// 11 April 2011?" is not answered by "your request dated 11th April, 2011".
    /// </summary>
    public static bool OnlyDatesOf(string sentence, string question)
    {
        var named = DayMonths(question);
        return named.Count > 0 && DayMonths(sentence) is { Count: > 0 } given && given.IsSubsetOf(named);
    }

    private static HashSet<string> DayMonths(string text) =>
        DayMonth().Matches(text).Select(m => $"{int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture)} {m.Groups["month"].Value[..3].ToLowerInvariant()}").ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    /// <summary>Whether a dated sentence gives the kind of date asked: the receipt, the deadline or promised reply, or the reply itself.</summary>
    public static bool Gives(string sentence, Asked asked) => asked switch
    {
        Asked.Received => Received().IsMatch(sentence),
        Asked.Deadline => Deadline().IsMatch(sentence),
        Asked.Reply => !Received().IsMatch(sentence),
        _ => true,
    };

    [GeneratedRegex(@"\b(?:repl\w*|respon\w*|answer\w*|sen[dt]\w*|wr[io]te|issued?|decid\w*|refus\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyAsked();

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
