using System.Text.RegularExpressions;

namespace FoiBot.Answering;

/// <summary>
/// What kind of answer a question wants: a count, a yes or no, a reason, a date, or anything else. Two questions on
/// the same topic are the same question only when their forms fit ("how many toilets?" is not "why close toilets?").
/// </summary>
internal enum QuestionForm
{
    Other,
    Count,
    YesNo,
    Reason,
    When,
}

internal static partial class QuestionForms
{
    public static QuestionForm Of(string question)
    {
        var text = question.TrimStart();
        if (LeadingCount().IsMatch(text))
        {
            return QuestionForm.Count;
        }

        if (LeadingYesNo().IsMatch(text))
        {
            return QuestionForm.YesNo;
        }

        if (Reason().IsMatch(text))
        {
            return QuestionForm.Reason;
        }

        if (LeadingWhen().IsMatch(text))
        {
            return QuestionForm.When;
        }

        return AnyCount().IsMatch(text) ? QuestionForm.Count : QuestionForm.Other;
    }

    /// <summary>Whether a letter's question of form <paramref name="passage"/> answers a user's question of form <paramref name="asked"/>.</summary>
    public static bool Fits(QuestionForm asked, QuestionForm passage) => asked switch
    {
        QuestionForm.Count => passage is QuestionForm.Count or QuestionForm.YesNo,
        QuestionForm.YesNo => passage is QuestionForm.YesNo or QuestionForm.Count or QuestionForm.Other,
        QuestionForm.Reason => passage == QuestionForm.Reason,
        QuestionForm.When => passage == QuestionForm.When,
        _ => true,
    };

    [GeneratedRegex(@"^(?:how many|how much|what (?:is|was|are|were) the (?:total |average )?(?:number|amount|cost)|(?:the |total |please (?:also )?(?:provide|state|give|tell me) (?:the )?)?(?:total )?(?:number|amount|count) of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingCount();

    [GeneratedRegex(@"^(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingYesNo();

    [GeneratedRegex(@"^(?:why\b|what (?:are|were|is|was) the (?:main )?reasons?\b)|\breasons? (?:for|given|why)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();

    // "When did they reply", "By what date should they answer", "What deadline did they set", "On which date...".
    [GeneratedRegex(@"^(?:when\b|(?:by|on|from|until) (?:what|which) (?:date|day)\b|what (?:date|deadline|day)\b|what (?:is|was) the (?:deadline|due date|date|closing date)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWhen();

    // "Please state the total income received from FPNs": a sum of money asked for is a count of pounds.
    [GeneratedRegex(@"\b(?:how many|how much|number of|total of|amount of|total (?:income|cost|costs|spend|spending|expenditure|revenue|value))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnyCount();
}
