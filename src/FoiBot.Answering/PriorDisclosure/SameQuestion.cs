using FoiBot.Search;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>
/// Judges whether an earlier letter answered the same question as a new request's, whatever its wording. Its own
/// question must ask for the same kind of answer, and either cover nearly all of the topic, or cover most of it
/// including the topic's most telling idea ("Is face recognition software used in Barnet?" answers "Does the
/// council use facial recognition technology on its CCTV cameras?").
/// </summary>
internal sealed class SameQuestion(EvidenceScorer scorer, AnswerOptions options)
{
    /// <param name="read">The passages already analysed during this check, by letter and pair: the questions of one request find the same passages again and again.</param>
    public JudgedPassage Judge(PassageHit hit, IReadOnlyList<IReadOnlyList<TopicConcept>> topics, QuestionForm asked, Dictionary<(string, int), (PassageTerms Question, PassageTerms Answer)> read)
    {
        var form = QuestionForms.Of(hit.Pair.Question);
        if (!read.TryGetValue((hit.LetterId, hit.PairIndex), out var terms))
        {
            read[(hit.LetterId, hit.PairIndex)] = terms = (scorer.Terms(hit.Pair.Question), scorer.Terms($"{hit.Letter.Subject}\n{hit.Pair.Answer}"));
        }

        var (question, rest) = terms;
        var best = 0.0;
        var strength = MatchStrength.Weak;
        foreach (var concepts in topics)
        {
            var coverage = EvidenceScorer.Coverage(concepts, question, rest);
            var questionCoverage = EvidenceScorer.Coverage(concepts, question);
            best = Math.Max(best, coverage);
            var judged = Strength(concepts, question, coverage, questionCoverage, asked, form);
            strength = judged > strength ? judged : strength;
        }

        return new JudgedPassage(hit, best, strength);
    }

    private MatchStrength Strength(IReadOnlyList<TopicConcept> concepts, PassageTerms question, double coverage, double questionCoverage, QuestionForm asked, QuestionForm form)
    {
        if (questionCoverage >= options.StrongCoverage && QuestionForms.Fits(asked, form))
        {
            return MatchStrength.Strong;
        }

        // A reworded repeat: most of the topic in the letter's own question, its most telling idea among it, no
        // idea of the question's that no letter ever mentions ("giraffes"), and the same kind of answer asked for (both a yes or no, or a count: a yes/no question is not answered by a request for correspondence).
        var telling = concepts.MaxBy(c => c.Weight)!;
        if (questionCoverage >= options.MinCoverage && telling.Terms.Any(question.Contains) && !concepts.Any(c => c.OwnWord) && SameKind(asked, form))
        {
            return MatchStrength.Strong;
        }

        return coverage >= options.MinCoverage ? MatchStrength.Partial : MatchStrength.Weak;
    }

    // Only a yes/no or a count is asked in so few ways; "the year that ..." shares its words with too many questions.
    private static bool SameKind(QuestionForm asked, QuestionForm form) =>
        asked is QuestionForm.YesNo or QuestionForm.Count && form is QuestionForm.YesNo or QuestionForm.Count;
}
