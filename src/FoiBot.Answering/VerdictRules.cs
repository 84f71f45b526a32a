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
        Outcome.Refused or Outcome.NeitherConfirmNorDeny => Verdict.Refused,
        Outcome.Partial => Verdict.Partial,
        Outcome.Answered or Outcome.PublishedElsewhere => Verdict.Answered,
        _ => Verdict.NoAnswer,
    };

    /// <summary>
    /// The verdict for one letter's answer to a question of form <paramref name="asked"/>: a yes/no question is never
    /// answered by a bare "answered" or "partial" when the quoted sentence, or failing it the answer, says yes, no,
    /// refused or not held in so many words.
    /// </summary>
    public static Verdict ForQuestion(QuestionForm asked, QaPair pair, string quote)
    {
        var verdict = FromOutcome(pair.Outcome);
        return asked == QuestionForm.YesNo && verdict is Verdict.Answered or Verdict.Partial && YesNoCues.Read(quote, pair.Answer) is { } cue
            ? cue
            : verdict;
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
