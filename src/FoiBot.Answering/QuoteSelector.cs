using FoiBot.Core.Text;

namespace FoiBot.Answering;

/// <summary>Picks the answer's sentence that says the most about the question, copied exactly as the letter has it.</summary>
internal static class QuoteSelector
{
    private const double LeadBonus = 0.5;

    public static string Select(string answer, IReadOnlyList<TopicConcept> concepts, EvidenceScorer scorer)
    {
        var sentences = Sentences.Split(answer);
        if (sentences.Count == 0)
        {
            return "";
        }

        // An answer leads with its verdict, so the first sentence starts with an edge over later ones.
        var best = sentences[0];
        var bestCoverage = scorer.Coverage(concepts, best) + LeadBonus;
        foreach (var sentence in sentences.Skip(1))
        {
            var coverage = scorer.Coverage(concepts, sentence);
            if (coverage > bestCoverage + 1e-9)
            {
                (best, bestCoverage) = (sentence, coverage);
            }
        }

        return best;
    }
}
