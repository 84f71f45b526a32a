using FoiBot.Core;
using FoiBot.Core.Text;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// Turns a checked model answer into FoiBot's answer. The citations come from the retrieved records, as the
/// extractive engine's do; from the model FoiBot takes only its prose, its passage numbers and its verified quotes.
/// </summary>
internal static class LlmAnswerBuilder
{
    private const int MaxRelated = 3;

    public static Answer Build(AnswerRequest request, string text, CheckedDraft draft, PassageTable table)
    {
        var cited = draft.Cited.Select(n => table.Get(n)!).ToList();
        var citedLetters = cited.Select(p => p.Letter.Source).ToHashSet(StringComparer.Ordinal);
        return new Answer
        {
            Id = request.Id,
            Question = request.Question,
            Verdict = VerdictOf(cited),
            Text = CitationCheck.Renumber(text.Trim(), draft.Cited),
            Engine = AnswerEngines.Llm,
            Citations = cited.Select(p => Cite(p, draft.Quotes.GetValueOrDefault(p.Number))).ToList(),
            Related = table.All
                .Where(p => !citedLetters.Contains(p.Letter.Source))
                .DistinctBy(p => p.Letter.Source)
                .Take(MaxRelated)
                .Select(p => Cite(p, null))
                .ToList(),
        };
    }

    /// <summary>The verdict the cited passages' outcomes give, as the extractive engine combines them; never the model's.</summary>
    public static Verdict VerdictOf(IEnumerable<NumberedPassage> cited) =>
        VerdictRules.Combine(cited.Select(p => (VerdictRules.FromOutcome(p.Pair.Outcome), p.Letter.Authority ?? "", p.Letter.ResponseDate)).ToList());

    /// <summary>
    /// The letter's own sentence holding the model's quote, so the quote is the letter's words even where the model
    /// changed case or spacing; else the opening sentence of the answer cited.
    /// </summary>
    private static Citation Cite(NumberedPassage passage, string? quote) => new()
    {
        Ref = passage.Letter.Reference,
        Authority = passage.Letter.Authority ?? "unknown authority",
        Date = passage.Letter.ResponseDate,
        Question = passage.Pair.Question,
        Quote = (quote is null ? null : passage.Letter.Passages().SelectMany(p => Sentences.Split(p.Answer)).FirstOrDefault(s => QuotedText.OccursIn(quote, s)))
            ?? Sentences.Split(passage.Pair.Answer).FirstOrDefault() ?? "",
        Source = passage.Letter.Source,
        SourceAddress = passage.Letter.SourceAddress,
    };
}
