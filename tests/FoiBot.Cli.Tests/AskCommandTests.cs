using System.Text.Json;

namespace FoiBot.Cli.Tests;

public sealed class AskCommandTests
{
    private static readonly string[] s_answerKeys = ["id", "question", "verdict", "answer", "abstained", "engine", "citations", "related"];
    private static readonly string[] s_citationKeys = ["ref", "authority", "date", "question", "quote", "source", "sourceAddress"];

    [Fact]
    public async Task Ask_Json_PrintsExactlyTheAnswerContract()
    {
        using var workspace = new Workspace();

        var run = await CliRun.InAsync(workspace.Root, "ask", "Does Barnet use facial recognition?", "--json");

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.OutputLines);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(s_answerKeys, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("id").ValueKind);
        Assert.Equal("no", root.GetProperty("verdict").GetString());
        Assert.False(root.GetProperty("abstained").GetBoolean());
        Assert.Equal("extractive", root.GetProperty("engine").GetString());
        var citations = root.GetProperty("citations").EnumerateArray().ToList();
        Assert.Equal(["16336160", "5576276"], citations.Select(c => c.GetProperty("ref").GetString()));
        Assert.All(citations, c => Assert.Equal(s_citationKeys, c.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("2026-01-16", citations[0].GetProperty("date").GetString());
        Assert.Equal("corpus/seeds/001_42bccdd3c054de74.txt", citations[0].GetProperty("source").GetString());
        Assert.All(root.GetProperty("related").EnumerateArray(), r => Assert.Equal(s_citationKeys, r.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Ask_Text_PrintsTheAnswerThenEachSource()
    {
        using var workspace = new Workspace(devLetters: false);

        var run = await CliRun.InAsync(workspace.Root, "ask", "Does Barnet use facial recognition?");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("No. London Borough of Barnet: \"The council do not use either 'live' or 'retrospective' facial recognition technology.\" (ref 16336160, 16 Jan 2026); \"Not used.\" (ref 5576276, 27 Aug 2019).", run.Output, StringComparison.Ordinal);
        Assert.Contains("[1] London Borough of Barnet, ref 16336160, 16 January 2026", run.Output, StringComparison.Ordinal);
        Assert.Contains("[2] London Borough of Barnet, ref 5576276, 27 August 2019", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_NoIndexYet_BuildsOneReusesItAndUpdatesItWhenTheCorpusChanges()
    {
        using var workspace = new Workspace(devLetters: false);

        var first = await CliRun.InAsync(workspace.Root, "ask", "Does Coventry use facial recognition?", "--json");
        var second = await CliRun.InAsync(workspace.Root, "ask", "Does Coventry use facial recognition?", "--json");
        File.WriteAllText(workspace.Combine("corpus", "seeds", "extra.txt"), File.ReadAllText(Path.Combine(FoiBot.Testing.RepoPaths.Dev, "moray-101003819467.txt")));
        var third = await CliRun.InAsync(workspace.Root, "ask", "How many damp and mould complaints did Moray Council get?", "--json");

        Assert.Contains("Built the index: 5 letters", first.Error, StringComparison.Ordinal);
        Assert.True(Directory.Exists(workspace.Combine(".foibot", "index")));
        Assert.DoesNotContain("Built the index", second.Error, StringComparison.Ordinal);
        Assert.Equal(first.Output, second.Output);
        Assert.Contains("Updated the index: 1 added, 0 changed, 0 removed", third.Error, StringComparison.Ordinal);
        Assert.Contains("\"ref\":\"101003819467\"", third.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Batch_AnswersEveryLineInInputOrderCarryingItsId()
    {
        using var workspace = new Workspace();
        File.WriteAllLines(workspace.Combine("questions.jsonl"),
        [
            """{"id": "q1", "question": "Does Barnet use facial recognition?"}""",
            "",
            """{"id": 7, "question": "Does Manchester use facial recognition?"}""",
            """{"id": "q3", "question": "Does Moray use body worn cameras?"}""",
        ]);

        var run = await CliRun.InAsync(workspace.Root, "ask", "--questions", "questions.jsonl", "--json");

        Assert.Equal(0, run.ExitCode);
        var answers = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["q1", "7", "q3"], answers.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(["no", "no_answer", "no"], answers.Select(a => a.GetProperty("verdict").GetString()));
        Assert.True(answers[1].GetProperty("abstained").GetBoolean());
        Assert.Equal("Does Manchester use facial recognition?", answers[1].GetProperty("question").GetString());
    }

    [Fact]
    public async Task Ask_BatchWithBadLines_NamesEachLineAndStillAnswersTheRest()
    {
        using var workspace = new Workspace(devLetters: false);
        File.WriteAllLines(workspace.Combine("q.jsonl"),
        [
            """{"id": "a", "question": "Does Coventry use facial recognition?"}""",
            """{"id": "b", "question": 42}""",
            "not json at all",
            """{"id": "d", "question": "Does Barnet use facial recognition?"}""",
        ]);

        var run = await CliRun.InAsync(workspace.Root, "ask", "--questions", "q.jsonl", "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("q.jsonl:2: \"question\" is missing", run.Error, StringComparison.Ordinal);
        Assert.Contains("q.jsonl:3: not valid JSON", run.Error, StringComparison.Ordinal);
        Assert.Equal(["a", "d"], run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("ask")]
    [InlineData("ask", "a question", "--questions", "q.jsonl")]
    [InlineData("ask", "--questions", "missing.jsonl")]
    [InlineData("ask", "x", "--no-such-option")]
    public async Task Ask_BadUsage_ExitsOne(params string[] args)
    {
        using var workspace = new Workspace(devLetters: false);

        var run = await CliRun.InAsync(workspace.Root, args);

        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task Ask_AuthorityWithNoLetters_AbstainsAndStillSucceeds()
    {
        using var workspace = new Workspace();

        var run = await CliRun.InAsync(workspace.Root, "ask", "Does Manchester City Council use drones?", "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.True(root.GetProperty("abstained").GetBoolean());
        Assert.Equal("no_answer", root.GetProperty("verdict").GetString());
        Assert.Empty(root.GetProperty("citations").EnumerateArray());
    }

    [Fact]
    public async Task Ask_BadConfigurationValue_ExitsOneNamingTheKey()
    {
        using var workspace = new Workspace(devLetters: false);
        var overrides = new Dictionary<string, string?> { ["Answering:MinCoverage"] = "2" };

        var run = await CliRun.InAsync(workspace.Root, overrides, "ask", "Does Barnet use facial recognition?");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Answering:MinCoverage", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_NoCorpusFolder_ExitsOneSayingTheFolderIsMissing()
    {
        using var folder = new FoiBot.Testing.TempDirectory();

        var run = await CliRun.InAsync(folder.Path, "ask", "Does Barnet use facial recognition?");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Path.Combine(folder.Path, "corpus")} is missing", run.Error, StringComparison.Ordinal);
    }
}
