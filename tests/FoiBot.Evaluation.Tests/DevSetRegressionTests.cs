using FoiBot.Answering;
using FoiBot.Core.Authorities;
using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Evaluation.Tests;

/// <summary>
/// The product test: the dev question set (tests/eval) put to FoiBot and to the FTS5 peer over the bundled letters,
/// as `foibot eval` does. Fails when answer quality drops below the bar issue 4 sets, or FoiBot falls behind the peer.
/// </summary>
public sealed class DevSetRegressionTests
{
    private static readonly Lazy<Task<EvalReport>> s_report = new(RunAsync);

    [Fact]
    public async Task DevSet_FoiBot_MeetsTheQualityBar()
    {
        var foibot = (await s_report.Value)["FoiBot"].Overall;

        Assert.True(foibot.Questions >= 80, $"the dev set has {foibot.Questions} questions");
        Assert.True(foibot.Unanswerable >= 10, $"the dev set has {foibot.Unanswerable} unanswerable questions");
        Assert.True(foibot.RecallAt5 >= 0.95, $"recall@5 {foibot.RecallAt5:F3}");
        Assert.True(foibot.RecallAt1 >= 0.85, $"recall@1 {foibot.RecallAt1:F3}");
        Assert.True(foibot.CitationPrecision >= 0.9, $"citation precision {foibot.CitationPrecision:F3}");
        Assert.True(foibot.AbstentionAccuracy >= 0.9, $"abstention accuracy {foibot.AbstentionAccuracy:F3}");
        Assert.True(foibot.FalseAbstention <= 0.05, $"false abstention {foibot.FalseAbstention:F3}");
    }

    [Fact]
    public async Task DevSet_FoiBot_IsAheadOfTheFts5PeerOnRecallAt1AndCitationPrecision()
    {
        var report = await s_report.Value;
        var foibot = report["FoiBot"].Overall;
        var peer = report["FTS5 peer"].Overall;

        Assert.True(foibot.RecallAt1 > peer.RecallAt1, $"recall@1 FoiBot {foibot.RecallAt1:F3}, peer {peer.RecallAt1:F3}");
        Assert.True(foibot.CitationPrecision > peer.CitationPrecision, $"citation precision FoiBot {foibot.CitationPrecision:F3}, peer {peer.CitationPrecision:F3}");
    }

    [Fact]
    public async Task DevSet_EveryUnanswerableQuestion_CitesNothing()
    {
        var results = (await s_report.Value)["FoiBot"].Results.Where(r => !r.Question.Answerable);

        Assert.All(results, r => Assert.True(r.Response.Cited.Count == 0, $"{r.Question.Id} cited {string.Join(", ", r.Response.Cited)}"));
    }

    private static Task<EvalReport> RunAsync()
    {
        var questions = EvalQuestionFile.Read(Path.Combine(RepoPaths.Root, "tests", "eval", "dev-questions.jsonl"));
        return SideBySideEvaluation.RunAsync(
            CorpusIndex.Store(), [RepoPaths.Corpus], index => new ExtractiveAnswerEngine(index, AuthorityCatalog.Default, new AnswerOptions()), questions, CancellationToken.None);
    }
}
