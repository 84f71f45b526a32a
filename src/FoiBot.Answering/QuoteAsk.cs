using System.Text.RegularExpressions;

namespace FoiBot.Answering;

/// <summary>
/// What the user's question wants a quote to hold: its form, the periods it names, whether it asks for money, and
/// whether it asks what was withheld ("why won't they say", "will they tell me", "can I see"), and for a "when" question
/// the kind of date it asks for.
/// </summary>
internal sealed partial record QuoteAsk(QuestionForm Form, AskedPeriods Periods, bool AsksMoney, bool AsksFigure, bool AsksWithheld = false, DateCues.Asked? Date = null)
{
    /// <summary>The question asked, whose own dates are no answer to it.</summary>
    public string Question { get; init; } = "";

    public bool AsksDate => Date is not null;

    /// <summary>Whether the question asks for a detail: what, which, who, where or how long ("What type of numbers ...?").</summary>
    public bool AsksDetail { get; init; }

    /// <summary>Whether the question asks if the information is held ("Does the trust hold any information on ...?").</summary>
    public bool AsksHeld { get; init; }

    /// <summary>Nothing beyond the topic: the quote is the sentence most on topic.</summary>
    public static readonly QuoteAsk Any = new(QuestionForm.Other, AskedPeriods.None, false, false);

    public static QuoteAsk Of(string question)
    {
        var form = QuestionForms.Of(question);
        var money = Money().IsMatch(question);
        var withheld = SupportNarrowing.AsksAboutRefusal(question) || AsksToBeTold().IsMatch(question);
        return new QuoteAsk(form, AskedPeriods.Of(question), money && form != QuestionForm.When, form == QuestionForm.Count || (money && form != QuestionForm.When) || Figure().IsMatch(question), withheld, form == QuestionForm.When ? DateCues.Of(question) : null) { Question = question, AsksHeld = form == QuestionForm.YesNo && HeldCues.Asks(question), AsksDetail = Detail().IsMatch(question.TrimStart()) };
    }

    [GeneratedRegex(@"\bhow much\b|\bcosts?\b|\bspen[dt]\b|\bspending\b|\bpaid\b|\bpay\b|\bincome\b|\brevenue\b|\bmoney\b|\bbudget\b|\bfees?\b|£", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"^(?:what|which|who|whom|whose|where|how long)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Detail();

    [GeneratedRegex(@"\bhow (?:many|much|often|long)\b|\bwhat (?:is|was|are|were) the (?:total |average )?(?:number|amount|cost|figure)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    // "Will Kent police say whether ...", "will they tell me", "Can I see the minutes", "Can I find out how many":
    // the question is whether the authority gives the information, so a refusal or "not held" is its answer.
    [GeneratedRegex(@"^(?:will|would|can|could)\s+(?:I|we|you)\s+(?:see|get|have|obtain|access|find out)\b|^(?:will|would|can|could)\s+(?:\S+\s+){1,8}?(?:say|tell (?:me|us|the public)|reveal|disclose|release|publish|name)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksToBeTold();
}
