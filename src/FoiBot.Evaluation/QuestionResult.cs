namespace FoiBot.Evaluation;

/// <summary>How one system did on one question, scored against its gold letters.</summary>
public sealed record QuestionResult
{
    public required EvalQuestion Question { get; init; }

    public required SystemResponse Response { get; init; }

    /// <summary>1-based rank of the first gold letter among those offered; null when none was offered.</summary>
    public int? FirstGoldRank { get; init; }

    public double RecallAt1 { get; init; }

    public double RecallAt5 { get; init; }

    public int GoldCitations { get; init; }

    /// <summary>The question went as a user would want: answered with a gold letter cited, or abstained when nothing answers it.</summary>
    public bool Correct => Question.Answerable ? !Response.Abstained && GoldCitations > 0 : Response.Abstained;

    public static QuestionResult Score(EvalQuestion question, SystemResponse response, GoldLetters gold)
    {
        if (!question.Answerable)
        {
            return new QuestionResult { Question = question, Response = response };
        }

        var goldCount = gold.GoldCount(question);
        var rank = response.Ranked.Select((letter, i) => (letter, i)).FirstOrDefault(x => gold.IsGold(x.letter, question), (letter: "", i: -1)).i;
        return new QuestionResult
        {
            Question = question,
            Response = response,
            FirstGoldRank = rank < 0 ? null : rank + 1,
            RecallAt1 = RecallAt(1),
            RecallAt5 = RecallAt(5),
            GoldCitations = response.Cited.Count(letter => gold.IsGold(letter, question)),
        };

        double RecallAt(int k) => (double)response.Ranked.Take(k).Count(letter => gold.IsGold(letter, question)) / Math.Min(goldCount, k);
    }
}
