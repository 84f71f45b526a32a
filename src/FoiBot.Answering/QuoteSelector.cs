using FoiBot.Core;
using FoiBot.Core.Text;

namespace FoiBot.Answering;

/// <summary>Picks the answer's sentence that says the most about the question, copied exactly as the letter has it.</summary>
internal static class QuoteSelector
{
    // A refusal, "not held" or yes/no answer leads with its verdict; a data answer's best sentence is the one on topic.
    private const double VerdictLeadBonus = 1.0;
    private const double DataLeadBonus = 0.3;

    public static string Select(string answer, Outcome outcome, IReadOnlyList<TopicConcept> concepts, EvidenceScorer scorer)
    {
        var sentences = Sentences.Split(answer);
        if (sentences.Count == 0)
        {
            return "";
        }

        // A refusal, "not held" or yes/no is quoted by the sentence that says so, wherever it stands in the answer.
        if (outcome is Outcome.Refused or Outcome.NotHeld or Outcome.NeitherConfirmNorDeny or Outcome.Yes or Outcome.No
            && sentences.FirstOrDefault(s => OutcomeReader.SentenceOutcome(s) == outcome) is { } verdict)
        {
            return verdict;
        }

        var best = sentences[0];
        var bonus = outcome is Outcome.Refused or Outcome.NotHeld or Outcome.NeitherConfirmNorDeny or Outcome.Yes or Outcome.No ? VerdictLeadBonus : DataLeadBonus;
        var bestCoverage = scorer.Coverage(concepts, best) + bonus;
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
