using System.Text.Json;

namespace FoiBot.Cli.Tests;

public sealed class EvalCommandTests
{
    private const string Questions = """
        {"id": "fr", "question": "Does Barnet use facial recognition?", "gold_refs": ["5576276", "16336160"], "kind": "direct"}
        {"id": "cov", "question": "Has Coventry got face recognition cameras?", "gold_refs": ["FOI352248676"], "kind": "paraphrase"}
        {"id": "none", "question": "Does Manchester City Council use facial recognition?", "gold_refs": [], "kind": "unanswerable"}
        """;

    [Fact]
    public async Task Eval_QuestionFile_PrintsFiguresForFoiBotAndThePeerOverallAndPerKind()
    {
        using var workspace = new Workspace(devLetters: false);
        File.WriteAllText(workspace.Combine("q.jsonl"), Questions);

        var run = await CliRun.InAsync(workspace.Root, "eval", "--questions", "q.jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("3 questions (2 answerable, 1 unanswerable) over 5 letters.", run.Output, StringComparison.Ordinal);
        Assert.Contains("| all | 3 | FoiBot | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.00 |", run.OutputLines);
        Assert.Contains(run.OutputLines, l => l.StartsWith("| all | 3 | FTS5 peer |", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.StartsWith("| paraphrase | 1 | FoiBot |", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.StartsWith("| unanswerable | 1 | FoiBot |", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eval_Json_GivesEveryQuestionsOutcomePerSystem()
    {
        using var workspace = new Workspace(devLetters: false);
        File.WriteAllText(workspace.Combine("q.jsonl"), Questions);

        var run = await CliRun.InAsync(workspace.Root, "eval", "--questions", "q.jsonl", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var systems = json.RootElement.GetProperty("systems");
        Assert.Equal(["FoiBot", "FTS5 peer"], systems.EnumerateArray().Select(s => s.GetProperty("system").GetString()));
        var first = systems[0].GetProperty("questions")[0];
        Assert.Equal("fr", first.GetProperty("id").GetString());
        Assert.True(first.GetProperty("correct").GetBoolean());
        Assert.Equal(1, first.GetProperty("firstGoldRank").GetInt32());
        Assert.Equal(1.0, systems[0].GetProperty("overall").GetProperty("recallAt1").GetDouble());
    }

    [Fact]
    public async Task Eval_GoldNamedByFile_IsFoundAsByReference()
    {
        using var workspace = new Workspace(devLetters: false);
        File.WriteAllText(workspace.Combine("q.jsonl"), """
            {"id": "fr", "question": "Does Barnet use facial recognition?", "gold_files": ["000_6e30a4500a135622.TXT", "001_42bccdd3c054de74.txt"], "kind": "direct"}
            """);

        var run = await CliRun.InAsync(workspace.Root, "eval", "--questions", "q.jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| all | 1 | FoiBot | 1.00 | 1.00 | 1.00 | 1.00 | – | 0.00 |", run.OutputLines);
    }

    [Fact]
    public async Task Eval_GoldFileNoLetterCameFrom_ExitsOneNamingIt()
    {
        using var workspace = new Workspace(devLetters: false);
        File.WriteAllText(workspace.Combine("q.jsonl"), "{\"id\": \"a\", \"question\": \"q\", \"gold_files\": [\"000_6e30a4500a135622.txt\", \"nope.txt\"]}\n");

        var run = await CliRun.InAsync(workspace.Root, "eval", "--questions", "q.jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("gold_files name files no letter in the corpus came from: nope.txt.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_BadLine_ExitsOneNamingTheLineAndField()
    {
        using var workspace = new Workspace(devLetters: false);
        File.WriteAllText(workspace.Combine("q.jsonl"), "{\"id\": \"a\", \"question\": \"q\", \"gold_refs\": []}\n{\"id\": \"b\", \"question\": \"q\"}\n");

        var run = await CliRun.InAsync(workspace.Root, "eval", "--questions", "q.jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("q.jsonl:2: \"gold_refs\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_GoldReferenceNoLetterCarries_ExitsOneNamingIt()
    {
        using var workspace = new Workspace(devLetters: false);
        File.WriteAllText(workspace.Combine("q.jsonl"), "{\"id\": \"a\", \"question\": \"q\", \"gold_refs\": [\"NOPE-1\"]}\n");

        var run = await CliRun.InAsync(workspace.Root, "eval", "--questions", "q.jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NOPE-1", run.Error, StringComparison.Ordinal);
    }
}
