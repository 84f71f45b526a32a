using System.Globalization;
using FoiBot.Core;
using FoiBot.Core.Text;

namespace FoiBot.Answering.Semantic;

/// <summary>
/// Keeps a question in everyday words from going unanswered when the letter that answers it was found but shares too
/// few of its words to count as support ("why wouldn't they name the agencies" against "exempt under section 43"):
/// when no passage covers enough of the topic, the passages most alike in meaning to the question are lifted to support.
/// </summary>
/// <remarks>
/// Only passages the index already retrieved are weighed, so a letter on another topic is never brought in; and only
/// when the words alone would abstain, so an answer the words find is left as it was.
/// </remarks>
internal sealed class SemanticRescue(SentenceVectors vectors, double threshold)
{
    /// <summary>How many of the best retrieved passages are read: each costs its sentences' vectors the first time.</summary>
    private const int Candidates = 8;

    /// <summary>How many sentences of an answer are read; the answering one is near the top of nearly every answer.</summary>
    private const int SentencesRead = 12;

    /// <param name="minCoverage">The coverage a passage needs to count as support; a rescued one is given at least that.</param>
    /// <remarks>
    /// The question is compared whole, the authority's name left in: an answer sentence naming the authority ("Cheshire
    /// East Council is now the custodian") is likelier the answer, and without the name the likeness of the letters
    /// that answer fell more than that of those that do not (measured on the first-contact A halves).
    /// </remarks>
    public List<ScoredPassage> Apply(ParsedQuestion parsed, List<ScoredPassage> scored, double minCoverage)
    {
        var question = parsed.Text;
        if (scored.Any(s => s.Coverage >= minCoverage && s.Hit.Pair.Answer.Length > 0))
        {
            return scored;
        }

        var asked = vectors.Of(question);
        var read = scored
            .Where(s => s.Coverage > 0 && s.Hit.Pair.Answer.Length > 0 && InYearsAsked(s, parsed.Years))
            .OrderByDescending(s => s.Coverage)
            .ThenByDescending(s => s.Hit.Score)
            .Take(Candidates)
            .ToDictionary<ScoredPassage, ScoredPassage, double>(s => s, s => Similarity(asked, s), ReferenceEqualityComparer.Instance);

        // The coverage given rises with the likeness, so among rescued passages the likeliest leads and the support
        // narrowing's "near the best" keeps only those close to it.
        return scored
            .Select(s => read.TryGetValue(s, out var likeness) && likeness >= threshold
                ? s with { Coverage = Math.Min(1, Math.Max(s.Coverage, minCoverage + (likeness - threshold))), Likeness = likeness }
                : s)
            .ToList();
    }

    /// <summary>
    /// A question naming a year is not answered by a letter on the same topic from another year ("badgers culled in
    /// 2020" by a letter on the 2018 licences): the year must be in the passage, its letter's date or its file name.
    /// </summary>
    private static bool InYearsAsked(ScoredPassage passage, IReadOnlyList<string> years)
    {
        var letter = passage.Hit.Letter;
        var texts = new[] { passage.Hit.Pair.Question, passage.Hit.Pair.Answer, letter.Subject ?? "", Path.GetFileName(letter.Source) };
        return years.Count == 0 || years.Any(y => letter.ResponseDate?.Year.ToString(CultureInfo.InvariantCulture) == y || texts.Any(t => t.Contains(y, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The sentence of a lifted passage's answer likest the question, among those that answer what it asks (a figure,
    /// a date): the words missed this passage, so they are no guide to which of its sentences answers.
    /// </summary>
    /// <returns>The sentence, exactly as the letter has it, or null when the passage was not lifted or none answers.</returns>
    /// <remarks>
    /// Only lifted passages: on the first-contact A halves, choosing every quote this way (or every quote the words found
    /// no answering sentence for) showed the key figure less often than the quote selector's rules.
    /// </remarks>
    public string? Quote(string question, ScoredPassage passage, QuoteAsk ask)
    {
        if (passage.Likeness is null)
        {
            return null;
        }

        var asked = vectors.Of(question);
        return WrappedProse.Sentences(passage.Hit.Pair.Answer)
            .Take(SentencesRead)
            .Where(s => QuoteSelector.Answers(s, ask) && !NonAnswers.IsLabel(s))
            .Select(s => (Sentence: s, Score: vectors.Similarity(asked, s) + QuoteSelector.Bonus(s, ask, 0)))
            .OrderByDescending(s => s.Score)
            .Select(s => s.Sentence)
            .FirstOrDefault();
    }

    /// <summary>How alike in meaning a passage is to the question: its question, or its likest answer sentence.</summary>
    public double Similarity(float[] asked, ScoredPassage passage) => TextsRead(passage.Hit.Pair).Max(t => vectors.Similarity(asked, t));

    /// <summary>The texts of a passage that are compared with a question: its question and its first answer sentences.</summary>
    public static IEnumerable<string> TextsRead(QaPair pair) =>
        WrappedProse.Sentences(pair.Answer).Take(SentencesRead).Prepend(pair.Question).Where(t => t.Length > 0);
}
