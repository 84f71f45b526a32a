using System.Text.Json;
using FoiBot.Testing;

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

    private const string FirstContactQuestions = """
        {"id": "c1", "question": "Does Leeds City Council use ANPR cameras?", "gold_files": ["leeds-anpr.txt"], "kind": "direct", "verdict": "yes", "key": "12"}
        {"id": "c2", "question": "How many penalty charge notices did Leeds issue from ANPR cameras in 2023?", "gold_files": ["leeds-anpr.txt"], "kind": "direct", "verdict": "answered", "key": "29106"}
        {"id": "c3", "question": "Does West Yorkshire Police use covert drones?", "gold_files": ["wyp-drones.txt"], "kind": "outcome", "verdict": "ncnd"}
        {"id": "c4", "question": "Does Leeds City Council use drones?", "gold_files": [], "kind": "unanswerable", "verdict": "none"}
        """;

    [Fact]
    public async Task Eval_VerdictsAndKeys_PrintsWhatTheAnswersShowWithNoVerdictOrQuotesForThePeer()
    {
        using var folder = new TempDirectory();
        SmallLetters.WriteTo(folder.Combine("corpus"));
        File.WriteAllText(folder.Combine("q.jsonl"), FirstContactQuestions);

        var run = await CliRun.InAsync(folder.Path, "eval", "--questions", "q.jsonl", "--corpus", "corpus");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| questions | n | system | verdict accuracy (of n) | key shown (of n) | useful quotes (of n) |", run.OutputLines);
        Assert.Contains(run.OutputLines, l => l.StartsWith("| all | 4 | FoiBot | 1.00 (2) | ", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.StartsWith("| all | 4 | FTS5 peer | – | ", StringComparison.Ordinal) && l.EndsWith(" | – |", StringComparison.Ordinal));
        Assert.Contains("| outcome | 1 | FoiBot | 1.00 (1) | – | 1.00 (1) |", run.OutputLines);
    }

    [Fact]
    public async Task Eval_VerdictsAndKeysAsJson_GiveEachQuestionsVerdictKeyAndJudgedQuotes()
    {
        using var folder = new TempDirectory();
        SmallLetters.WriteTo(folder.Combine("corpus"));
        File.WriteAllText(folder.Combine("q.jsonl"), FirstContactQuestions);

        var run = await CliRun.InAsync(folder.Path, "eval", "--questions", "q.jsonl", "--corpus", "corpus", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var foibot = json.RootElement.GetProperty("systems")[0];
        var peer = json.RootElement.GetProperty("systems")[1];
        var ncnd = foibot.GetProperty("questions")[2];
        Assert.Equal(("ncnd", "ncnd", true), (ncnd.GetProperty("expectedVerdict").GetString(), ncnd.GetProperty("verdict").GetString(), ncnd.GetProperty("verdictRight").GetBoolean()));
        Assert.Equal("Answer", ncnd.GetProperty("quotes")[0].GetProperty("judged").GetString());
        var figure = foibot.GetProperty("questions")[1];
        Assert.True(figure.GetProperty("keyShown").GetBoolean(), figure.GetProperty("shown").GetString());
        Assert.Equal(2, foibot.GetProperty("overall").GetProperty("verdictQuestions").GetInt32());
        Assert.Equal(JsonValueKind.Null, peer.GetProperty("overall").GetProperty("verdictAccuracy").ValueKind);
        Assert.Equal(JsonValueKind.Null, peer.GetProperty("questions")[0].GetProperty("verdict").ValueKind);
        Assert.Equal(2, peer.GetProperty("overall").GetProperty("keyQuestions").GetInt32());
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
