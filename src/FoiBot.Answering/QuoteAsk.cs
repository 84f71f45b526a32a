using System.Text.RegularExpressions;

namespace FoiBot.Answering;

/// <summary>What the user's question wants a quote to hold: its form, the periods it names, and whether it asks for money.</summary>
internal sealed partial record QuoteAsk(QuestionForm Form, AskedPeriods Periods, bool AsksMoney, bool AsksFigure)
{
    /// <summary>Nothing beyond the topic: the quote is the sentence most on topic.</summary>
    public static readonly QuoteAsk Any = new(QuestionForm.Other, AskedPeriods.None, false, false);

    public static QuoteAsk Of(string question)
    {
        var form = QuestionForms.Of(question);
        var money = Money().IsMatch(question);
        return new QuoteAsk(form, AskedPeriods.Of(question), money, form == QuestionForm.Count || money || Figure().IsMatch(question));
    }

    [GeneratedRegex(@"\bhow much\b|\bcosts?\b|\bspen[dt]\b|\bspending\b|\bpaid\b|\bpay\b|\bincome\b|\brevenue\b|\bmoney\b|\bbudget\b|\bfees?\b|£", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\bhow (?:many|much|often|long)\b|\bwhat (?:is|was|are|were) the (?:total |average )?(?:number|amount|cost|figure)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();
}
