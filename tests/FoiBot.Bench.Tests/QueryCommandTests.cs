using System.Text.Json;
using FoiBot.Bench.Scale;
using FoiBot.Evaluation;
using FoiBot.Testing;

namespace FoiBot.Bench.Tests;

/// <summary>The query process over real indexes of the bundled letters, with the dev questions and their gold letters.</summary>
public sealed class QueryCommandTests
{
    private static readonly string s_questions = Path.Combine(RepoPaths.Root, "tests", "eval", "dev-questions.jsonl");

    [Fact]
    public void Run_FoiBotOverTheBundledLetters_WritesFiguresWithGoldAndAbstentionRates()
    {
        using var temp = new TempDirectory();
        CorpusIndex.Build(temp.Combine("index")).Dispose();

        var figures = RunQuery(temp, QueryOptions.FoiBot, temp.Combine("index"));

        Assert.Equal("FoiBot", figures.System);
        Assert.Equal(EvalQuestionFile.Read(s_questions).Count, figures.Questions);
        Assert.True(figures.AskP50Ms > 0 && figures.AskP99Ms >= figures.AskP50Ms);
        Assert.Equal([1, 2], figures.Concurrent.Select(c => c.Callers));
        Assert.All(figures.Concurrent, c => Assert.True(c.PerSecond > 0));
        // The dev set's own bar (DevSetRegressionTests): answers cite a gold letter and unanswerable ones are declined.
        Assert.InRange(figures.GoldRate!.Value, 0.85, 1);
        Assert.InRange(figures.AbstainRate!.Value, 0.9, 1);
        if (OperatingSystem.IsLinux())
        {
            Assert.True(figures.PeakBytes > 0);
        }
    }

    [Fact]
    public void Run_PeerOverTheSameLetters_ReopensTheTableAndScoresItsTopFive()
    {
        using var temp = new TempDirectory();
        var database = temp.Combine("fts5.db");
        using (var peer = new Fts5Peer(database))
        {
            peer.Add(CorpusIndex.Load().Letters.Select(l => l.Disclosure));
        }

        var figures = RunQuery(temp, QueryOptions.Peer, database);

        Assert.Equal("FTS5 peer", figures.System);
        Assert.InRange(figures.GoldRate!.Value, 0.5, 1);
        Assert.Null(figures.AbstainRate);
    }

    private static QueryFigures RunQuery(TempDirectory temp, string system, string store)
    {
        var output = temp.Combine(system + ".json");
        var options = QueryOptions.Parse(
            [.. new QueryOptions { System = system, Store = store, Questions = s_questions, Passes = 1, Duration = TimeSpan.FromMilliseconds(200), Callers = [1, 2], Output = output }
                .ToArguments().Skip(1)]);

        QueryCommand.Run(options);

        return JsonSerializer.Deserialize<QueryFigures>(File.ReadAllText(output), ScaleJson.Options)!;
    }
}
