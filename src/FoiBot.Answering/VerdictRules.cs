using FoiBot.Core;

namespace FoiBot.Answering;

/// <summary>How an answer's outcome becomes the verdict FoiBot leads with.</summary>
internal static class VerdictRules
{
    public static Verdict FromOutcome(Outcome outcome) => outcome switch
    {
        Outcome.Yes => Verdict.Yes,
        Outcome.No => Verdict.No,
        Outcome.NotHeld => Verdict.NotHeld,
        Outcome.Refused => Verdict.Refused,
        Outcome.NeitherConfirmNorDeny => Verdict.NeitherConfirmNorDeny,
        Outcome.Partial => Verdict.Partial,
        Outcome.Answered or Outcome.PublishedElsewhere => Verdict.Answered,
        _ => Verdict.NoAnswer,
    };

    /// <summary>
    /// The verdict for one letter's answer to a question <paramref name="ask"/> describes. A question asking what was
    /// withheld, or whether the authority will say, is answered by the quoted refusal or "not held". A yes/no question
    /// is never answered by a bare "answered" or "partial": the quoted sentence, or failing it the answer, says yes,
    /// no, refused or not held in so many words; an answer that gives what was asked with no such word says yes.
    /// </summary>
    /// <param name="quoteOnTopic">Whether the quote holds some of the question's topic; an answer quoted off it is no "yes".</param>
    public static Verdict ForQuestion(QuoteAsk ask, QaPair pair, string quote, bool quoteOnTopic = true)
    {
        var verdict = FromOutcome(pair.Outcome);

        // Of a letter that gave part and withheld part, the part quoted says which this question got.
        if (verdict == Verdict.Partial && YesNoCues.Of(quote) is Verdict part and (Verdict.Refused or Verdict.NotHeld or Verdict.NeitherConfirmNorDeny))
        {
            return part;
        }

        if (ask.AsksWithheld && verdict is not (Verdict.Refused or Verdict.NotHeld or Verdict.NeitherConfirmNorDeny) && YesNoCues.Of(quote) is Verdict withheld and (Verdict.Refused or Verdict.NotHeld or Verdict.NeitherConfirmNorDeny))
        {
            return withheld;
        }

        // "When did they reply?" is answered by a date, whatever the letter decided.
        if (ask.AsksDate && QuoteSelector.Answers(quote, ask))
        {
            return Verdict.Answered;
        }

        if (ask.Form != QuestionForm.YesNo)
        {
            return verdict;
        }

        // "Does the trust hold information on X?": held is yes, even when what is held is then withheld.
        if (ask.AsksHeld && verdict != Verdict.NotHeld && HeldCues.SaysHeld(quote))
        {
            return Verdict.Yes;
        }

        // "There are no records of ministerial instructions" reads as a no to the letter's parser, to the question as not
        // held; and of a letter refusing one question and answering "not held" to another, the quoted one is this one's.
        if (verdict is not (Verdict.Answered or Verdict.Partial))
        {
            return YesNoCues.Of(quote) is Verdict cue and not Verdict.Yes && (cue != Verdict.No || verdict == Verdict.Yes) ? cue : verdict;
        }

        // "Does the council use body cameras?" answered "Officers wear bodycams when on patrol": information given, no "no".
        // A heading or label quoted for want of an answer sentence, or a sentence off the topic, says nothing either way.
        return YesNoCues.Read(quote, pair.Answer) ?? (pair.Outcome == Outcome.Answered && quoteOnTopic && !QuoteSelector.IsFurniture(quote) ? Verdict.Yes : verdict);
    }

    /// <summary>
    /// One verdict for several letters: theirs when they agree; for one authority whose position changed, the newest
    /// letter's; across authorities that differ, "answered" with each authority's position in the text.
    /// </summary>
    public static Verdict Combine(IReadOnlyList<(Verdict Verdict, string Authority, DateOnly? Date)> support)
    {
        var distinct = support.Select(s => s.Verdict).Distinct().ToList();
        if (distinct.Count == 1)
        {
            return distinct[0];
        }

        if (support.Select(s => s.Authority).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            return support.OrderByDescending(s => s.Date ?? DateOnly.MinValue).First().Verdict;
        }

        return Verdict.Answered;
    }
}
