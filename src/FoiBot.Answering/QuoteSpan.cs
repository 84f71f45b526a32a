using System.Text.RegularExpressions;
using FoiBot.Core.Text;

namespace FoiBot.Answering;

/// <summary>
/// The sentence after a quote, quoted with it when it carries the quote's point on: it refers back to it ("On Sunday
/// 4 August we ran 12 services." / "Of these, six were formed of two coaches."), it gives the figure a figure question
/// asked when the quote has none, or it says why the refusal quoted was made ("Section 22 of the Act provides an
/// exemption for information intended for future publication"). Both sentences are the letter's, as it has them.
/// </summary>
internal static partial class QuoteContinuation
{
    /// <summary>A quote stays a sentence or two, not a paragraph.</summary>
    private const int MaxLength = 480;

    public static string Extend(string text, string quote, QuoteAsk ask)
    {
        if (quote.Length == 0 || text.Length == 0)
        {
            return quote;
        }

        var sentences = WrappedProse.Sentences(text);
        var at = -1;
        for (var i = 0; i < sentences.Count - 1; i++)
        {
            if (string.Equals(sentences[i], quote, StringComparison.Ordinal))
            {
                at = i;
                break;
            }
        }

        if (at < 0)
        {
            return quote;
        }

        var next = sentences[at + 1];
        if (quote.Length + next.Length + 1 > MaxLength || QuoteSelector.IsFurniture(next) || NonAnswers.IsLabel(next) || NonAnswers.IsEcho(next))
        {
            return quote;
        }

        return CarriesOn(quote, next, ask) ? $"{quote} {next}" : quote;
    }

    private static bool CarriesOn(string quote, string next, QuoteAsk ask) =>
        RefersBack().IsMatch(next)
        || (ask.AsksFigure && !QuoteSelector.HasFigure(quote) && QuoteSelector.HasFigure(next))
        || (ask.Form == QuestionForm.Reason && Refuses(quote) && Explains().IsMatch(next));

    private static bool Refuses(string sentence) =>
        ExemptionCues.Applies(sentence) || YesNoCues.Of(sentence) is Core.Verdict.Refused or Core.Verdict.NeitherConfirmNorDeny;

    // "Of these, six ...", "This is because ...", "The reason for this ...": a sentence that cannot stand without the one before.
    [GeneratedRegex(@"^\W*(?:of (?:these|those|which|them|this)\b|th(?:is|ese|ey) (?:is|are|was|were) (?:because|due)\b|the reasons? (?:for|why|is|was)\b|this (?:figure|number|total|amount|includes|excludes|relates|covers)\b|(?:these|those) (?:figures|numbers|totals|amounts) (?:include|exclude|relate|cover)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RefersBack();

    // "Section 22 provides an exemption for information intended for future publication", "as they contain details of costs".
    [GeneratedRegex(@"\b(?:because|due to|provides? (?:an|for an|the) exemption|exempts?\b|intended (?:for|to be) (?:future )?publi\w+|would (?:be likely to )?(?:prejudice|harm|endanger|damage)|commercially sensitive|as (?:it|they|this|these|the information) (?:contains?|would|is|are|includes?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Explains();
}
