namespace FoiBot.Evaluation;

/// <summary>How one system did on one question, scored against its gold letters, expected verdict and key.</summary>
public sealed record QuestionResult
{
    public required EvalQuestion Question { get; init; }

    public required SystemResponse Response { get; init; }

    /// <summary>1-based rank of the first gold letter among those offered; null when none was offered.</summary>
    public int? FirstGoldRank { get; init; }

    public double RecallAt1 { get; init; }

    public double RecallAt5 { get; init; }

    public int GoldCitations { get; init; }

    /// <summary>
    /// Whether the verdict met the expected one (<see cref="VerdictLabels.Meets"/>); an abstention never does. Null when
    /// not measured: the question is unanswerable or expects no yes/no or refusal kind of verdict, or the system gives none.
    /// </summary>
    public bool? VerdictRight { get; init; }

    /// <summary>Whether the answer shown holds the key (<see cref="KeyFigure"/>); null when the question has no key or nothing answers it.</summary>
    public bool? KeyShown { get; init; }

    /// <summary>Where the key was when the answer did not show it (<see cref="Evaluation.KeyMiss"/>); null when shown or not measured.</summary>
    public string? KeyMiss { get; init; }

    /// <summary>What each quote shown is (<see cref="QuoteJudge"/>), in citation order; empty when the system abstained.</summary>
    public IReadOnlyList<QuoteKind> QuoteKinds { get; init; } = [];

    /// <summary>The question went as a user would want: answered with a gold letter cited, or abstained when nothing answers it.</summary>
    public bool Correct => Question.Answerable ? !Response.Abstained && GoldCitations > 0 : Response.Abstained;

    public static QuestionResult Score(EvalQuestion question, SystemResponse response, GoldLetters gold)
    {
        var quotes = response.Abstained ? [] : response.Quotes.Select(q => QuoteJudge.Judge(q.Quote, q.Question)).ToList();
        if (!question.Answerable)
        {
            return new QuestionResult { Question = question, Response = response, QuoteKinds = quotes };
        }

        var goldCount = gold.GoldCount(question);
        var rank = response.Ranked.Select((letter, i) => (letter, i)).FirstOrDefault(x => gold.IsGold(x.letter, question), (letter: "", i: -1)).i;
        var goldCitations = response.Cited.Count(letter => gold.IsGold(letter, question));
        bool? keyShown = question.Key is { } key ? !response.Abstained && KeyFigure.IsShown(key, response.Shown) : null;
        return new QuestionResult
        {
            Question = question,
            Response = response,
            FirstGoldRank = rank < 0 ? null : rank + 1,
            RecallAt1 = RecallAt(1),
            RecallAt5 = RecallAt(5),
            GoldCitations = goldCitations,
            VerdictRight = VerdictLabels.IsScored(question.Verdict) && response.Verdict is { } given
                ? !response.Abstained && VerdictLabels.Meets(question.Verdict!, given)
                : null,
            KeyShown = keyShown,
            KeyMiss = Evaluation.KeyMiss.Of(keyShown, response, rank < 0 ? null : rank + 1, goldCitations),
            QuoteKinds = quotes,
        };

        double RecallAt(int k) => (double)response.Ranked.Take(k).Count(letter => gold.IsGold(letter, question)) / Math.Min(goldCount, k);
    }
}
