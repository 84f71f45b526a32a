using FoiBot.Core;

namespace FoiBot.Evaluation.Tests;

/// <summary>The figures worked out by hand on a small made-up run: two letters per answerable question at most.</summary>
public sealed class EvalMetricsTests
{
    private static readonly Disclosure[] s_letters =
    [
        Letter("a.txt", "REF-A"),
        Letter("b.txt", "REF-B"),
        Letter("c.txt", "REF-C1", "REF-C2"),
        Letter("d.txt", "REF-D"),
    ];

    private readonly GoldLetters _gold = new(s_letters);

    [Fact]
    public void Score_GoldSecond_RecallAt1ZeroAt5OneAndReciprocalRankHalf()
    {
        var result = Score(Question("q", "REF-A"), Response(["b.txt"], ["b.txt", "a.txt"]));

        Assert.Equal(0, result.RecallAt1);
        Assert.Equal(1, result.RecallAt5);
        Assert.Equal(2, result.FirstGoldRank);
        Assert.Equal(0, result.GoldCitations);
        Assert.False(result.Correct);
    }

    [Fact]
    public void Score_TwoGoldLettersOneFound_RecallAt1IsOneAndAt5IsHalf()
    {
        var result = Score(Question("q", "REF-A", "REF-B"), Response(["a.txt"], ["a.txt", "d.txt"]));

        Assert.Equal(1, result.RecallAt1);
        Assert.Equal(0.5, result.RecallAt5);
        Assert.True(result.Correct);
    }

    [Fact]
    public void Score_LetterWithSeveralReferences_IsGoldByAnyOfThem()
    {
        var result = Score(Question("q", "ref-c2"), Response(["c.txt"], ["c.txt"]));

        Assert.Equal(1, result.GoldCitations);
        Assert.Equal(1, result.FirstGoldRank);
    }

    [Fact]
    public void Of_MixedRun_GivesHandWorkedFigures()
    {
        QuestionResult[] results =
        [
            Score(Question("hit", "REF-A"), Response(["a.txt", "d.txt"], ["a.txt", "d.txt"])),
            Score(Question("miss", "REF-B"), Response([], ["d.txt", "c.txt", "b.txt"], abstained: true)),
            Score(Question("none-ok"), Response([], [], abstained: true)),
            Score(Question("none-bad"), Response(["d.txt"], ["d.txt"])),
        ];

        var m = EvalMetrics.Of(results);

        Assert.Equal((4, 2, 2), (m.Questions, m.Answerable, m.Unanswerable));
        Assert.Equal(0.5, m.RecallAt1);
        Assert.Equal(1.0, m.RecallAt5);
        Assert.Equal((1 + (1.0 / 3)) / 2, m.Mrr!.Value, 6);
        Assert.Equal(3, m.Citations);
        Assert.Equal(1.0 / 3, m.CitationPrecision!.Value, 6);
        Assert.Equal(0.5, m.AbstentionAccuracy);
        Assert.Equal(0.5, m.FalseAbstention);
    }

    [Fact]
    public void Of_NoUnanswerableQuestionsAndNoCitations_LeavesThoseFiguresEmpty()
    {
        var m = EvalMetrics.Of([Score(Question("q", "REF-A"), Response([], [], abstained: true))]);

        Assert.Null(m.AbstentionAccuracy);
        Assert.Null(m.CitationPrecision);
        Assert.Equal(1.0, m.FalseAbstention);
    }

    [Fact]
    public void Unknown_GoldReferenceNoLetterCarries_IsReported()
    {
        Assert.Equal(["REF-TYPO"], _gold.Unknown([Question("q", "REF-A", "REF-TYPO")]));
    }

    private QuestionResult Score(EvalQuestion question, SystemResponse response) => QuestionResult.Score(question, response, _gold);

    private static EvalQuestion Question(string id, params string[] gold) => new() { Id = id, Question = id, GoldRefs = gold };

    private static SystemResponse Response(string[] cited, string[] ranked, bool abstained = false) => new(abstained, cited, ranked);

    private static Disclosure Letter(string source, params string[] refs) => new() { Source = source, References = refs };
}
