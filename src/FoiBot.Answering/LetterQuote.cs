using FoiBot.Core;
using FoiBot.Core.Text;

namespace FoiBot.Answering;

/// <summary>
/// The sentence of a whole letter that answers a question when the passage it was found by does not hold one. On a
/// letter whose questions and answers were paired wrongly (two columns read as one, a page header read as an answer)
/// the answering sentence sits under another of its questions, or in the text read as a question; it is still the
/// letter's own sentence, quoted exactly, from the letter cited.
/// </summary>
internal static class LetterQuote
{
    /// <summary>The best answering sentence, the pair it stands in and its <see cref="Score"/>, or null when no sentence of the letter answers.</summary>
    /// <param name="besides">A passage whose sentences are left out, as its own quote was already chosen with their context; given, only the other answers' own sentences are read, not those of the text read as a question.</param>
    public static (QaPair Pair, string Sentence, double Score)? Find(Disclosure letter, IReadOnlyList<TopicConcept> concepts, EvidenceScorer scorer, QuoteAsk ask, QaPair? besides = null)
    {
        (QaPair Pair, string Sentence, double Score)? best = null;
        foreach (var pair in letter.Passages().Where(p => !ReferenceEquals(p, besides)))
        {
            foreach (var sentence in besides is not null ? WrappedProse.Sentences(pair.Answer) : Candidates(pair))
            {
                // Another passage's heading or label is no better than the quote it would replace.
                if (!QuoteSelector.Answers(sentence, ask) || NonAnswers.IsLabel(sentence))
                {
                    continue;
                }

                var coverage = scorer.Coverage(concepts, sentence);

                // A date sentence rarely repeats the topic ("received on 11 January 2026"); any other must be on it.
                if (coverage <= 0 && !ask.AsksDate)
                {
                    continue;
                }

                var score = Score(sentence, concepts, scorer, ask, coverage);
                if (best is null || score > best.Value.Score + 1e-9)
                {
                    best = (pair, sentence, score);
                }
            }
        }

        return best;
    }

    /// <summary>How well a sentence answers: its share of the topic, with what the question asks for (a figure, a date, a yes or no).</summary>
    public static double Score(string sentence, IReadOnlyList<TopicConcept> concepts, EvidenceScorer scorer, QuoteAsk ask, double? coverage = null) =>
        (coverage ?? scorer.Coverage(concepts, sentence)) + QuoteSelector.Bonus(sentence, ask, 0);

    /// <summary>The answer's sentences, then those of the text read as the question that are not the requester's own words.</summary>
    private static IEnumerable<string> Candidates(QaPair pair) =>
        WrappedProse.Sentences(pair.Answer).Concat(WrappedProse.Sentences(pair.Question).Where(s => !NonAnswers.IsEcho(s)));
}
