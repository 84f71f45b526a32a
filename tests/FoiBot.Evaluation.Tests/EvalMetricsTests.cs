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
    public void Score_VerdictMetOrNot_IsJudgedOnlyOnAnswerableYesNoAndRefusalQuestions()
    {
        Assert.True(Score(Expecting("no"), Given("refused")).VerdictRight);
        Assert.False(Score(Expecting("yes"), Given("no")).VerdictRight);
        Assert.False(Score(Expecting("no"), Given("no_answer", abstained: true)).VerdictRight);
        Assert.Null(Score(Expecting("answered"), Given("answered")).VerdictRight);
        Assert.Null(Score(Question("q", "REF-A"), Given("yes")).VerdictRight);
        Assert.Null(Score(Expecting("yes"), Response(["a.txt"], ["a.txt"])).VerdictRight);
    }

    [Fact]
    public void Score_Key_IsLookedForInTheTextShownAndNeverInAnAbstention()
    {
        var question = Question("q", "REF-A") with { Key = "29,106" };

        Assert.True(Score(question, Response(["a.txt"], ["a.txt"]) with { Shown = "Leeds: \"29106 notices\"" }).KeyShown);
        Assert.False(Score(question, Response(["a.txt"], ["a.txt"]) with { Shown = "Leeds: \"29,107 notices\"" }).KeyShown);
        Assert.False(Score(question, Response([], ["a.txt"], abstained: true) with { Shown = "29,106" }).KeyShown);
        Assert.Null(Score(Question("q", "REF-A"), Response(["a.txt"], ["a.txt"]) with { Shown = "29,106" }).KeyShown);
    }

    [Fact]
    public void Score_Quotes_AreJudgedUnlessTheSystemAbstained()
    {
        var quotes = Quotes("We hold 12 cameras.", "Response");

        Assert.Equal([QuoteKind.Answer, QuoteKind.Label], Score(Question("q", "REF-A"), Response(["a.txt"], ["a.txt"]) with { Quotes = quotes }).QuoteKinds);
        Assert.Equal([QuoteKind.Answer, QuoteKind.Label], Score(Question("none"), Response(["a.txt"], ["a.txt"]) with { Quotes = quotes }).QuoteKinds);
        Assert.Empty(Score(Question("q", "REF-A"), Response([], [], abstained: true) with { Quotes = quotes }).QuoteKinds);
    }

    [Fact]
    public void Of_VerdictKeyAndQuoteFigures_GiveHandWorkedShares()
    {
        QuestionResult[] results =
        [
            // Verdicts: 2 right of 4 measured (an expected "answered" and an unanswerable question are not measured).
            Score(Expecting("yes") with { Key = "12" }, Given("yes") with { Shown = "Yes. \"We have 12 cameras.\"", Quotes = Quotes("We have 12 cameras.") }),
            Score(Expecting("ncnd"), Given("ncnd") with { Quotes = Quotes("We neither confirm nor deny that we hold it.", "Thank you for your request.") }),
            Score(Expecting("not_held") with { Key = "£4,250" }, Given("refused") with { Shown = "Refused. \"4,250\"", Quotes = Quotes("How many cameras do you have?") }),
            Score(Expecting("no") with { Key = "none" }, Given("no_answer", abstained: true) with { Shown = "I found no disclosure that answers this.", Quotes = Quotes("ignored as abstained") }),
            Score(Expecting("answered"), Given("answered")),
            Score(Question("none-bad") with { Verdict = "none" }, Given("yes") with { Quotes = Quotes("Date of decision: 5 March 2024") }),
        ];

        var m = EvalMetrics.Of(results);

        Assert.Equal(4, m.VerdictQuestions);
        Assert.Equal(0.5, m.VerdictAccuracy);
        Assert.Equal(3, m.KeyQuestions);
        Assert.Equal(2.0 / 3, m.KeyShown!.Value, 6);
        Assert.Equal(5, m.Quotes);
        Assert.Equal(0.4, m.UsefulQuotes!.Value, 6);
    }

    [Fact]
    public void Of_SystemWithoutVerdictsOrQuotes_LeavesThoseFiguresEmpty()
    {
        var m = EvalMetrics.Of([Score(Expecting("yes") with { Key = "12" }, Response(["a.txt"], ["a.txt"]) with { Shown = "We have 12." })]);

        Assert.Equal(0, m.VerdictQuestions);
        Assert.Null(m.VerdictAccuracy);
        Assert.Equal(0, m.Quotes);
        Assert.Null(m.UsefulQuotes);
        Assert.Equal(1.0, m.KeyShown);
    }

    [Fact]
    public void Unknown_GoldReferenceNoLetterCarries_IsReported()
    {
        Assert.Equal(["REF-TYPO"], _gold.Unknown([Question("q", "REF-A", "REF-TYPO")]));
    }

    private QuestionResult Score(EvalQuestion question, SystemResponse response) => QuestionResult.Score(question, response, _gold);

    private static EvalQuestion Question(string id, params string[] gold) => new() { Id = id, Question = id, GoldRefs = gold };

    private static SystemResponse Response(string[] cited, string[] ranked, bool abstained = false) => new(abstained, cited, ranked);

    private static EvalQuestion Expecting(string verdict) => Question("q", "REF-A") with { Verdict = verdict };

    private static SystemResponse Given(string verdict, bool abstained = false) =>
        abstained ? Response([], ["a.txt"], abstained: true) with { Verdict = verdict } : Response(["a.txt"], ["a.txt"]) with { Verdict = verdict };

    private static CitedQuote[] Quotes(params string[] quotes) =>
        quotes.Select(q => new CitedQuote { Quote = q, Question = "How many cameras do you have?" }).ToArray();

    private static Disclosure Letter(string source, params string[] refs) => new() { Source = source, References = refs };
}
