using System.Text.Json;
using FoiBot.Testing.FakeModel;

namespace FoiBot.Cli.Tests;

/// <summary>`ask` and `chat` with a model configured, talking to a fake OpenAI-compatible server on 127.0.0.1.</summary>
public sealed class LlmCommandTests
{
    private const string Question = "Does Barnet use facial recognition?";

    [Fact]
    public async Task Ask_ModelConfiguredJson_ReportsTheLlmEngineAndTheLettersReference()
    {
        using var workspace = new Workspace();
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => ModelStep.Quoting(r.Quotable, "Barnet has said no: "));

        var run = await CliRun.InAsync(workspace.Root, Settings(server), "ask", Question, "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(Assert.Single(run.OutputLines)).RootElement;
        Assert.Equal("llm", root.GetProperty("engine").GetString());
        Assert.StartsWith("Barnet has said no: \"", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var passage = server.Requests.Single().Quotable;
        Assert.Equal(passage.Reference, Assert.Single(root.GetProperty("citations").EnumerateArray()).GetProperty("ref").GetString());
    }

    [Fact]
    public async Task Ask_ModelAnswerFailsTheCheck_PrintsTheExtractiveAnswerAndSaysSo()
    {
        using var workspace = new Workspace();
        await using var server = await FakeModelServer.StartAsync();
        server.Then(new ModelStep.Say("Barnet uses it everywhere [40]."));

        var run = await CliRun.InAsync(workspace.Root, Settings(server), "ask", Question);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("everywhere", run.Output, StringComparison.Ordinal);
        Assert.Contains("Engine: extractive (the model's answer could not be used", run.Output, StringComparison.Ordinal);
        Assert.Contains("ref 16336160", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ModelInventsAFigureJson_GivesTheExtractiveAnswerAndTheReason()
    {
        using var workspace = new Workspace();
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => new ModelStep.Say($"Barnet uses live facial recognition at 40 sites [{Barnet(r)}]."));

        var run = await CliRun.InAsync(workspace.Root, Settings(server), "ask", Question, "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(Assert.Single(run.OutputLines)).RootElement;
        Assert.Equal("extractive", root.GetProperty("engine").GetString());
        Assert.Equal("no", root.GetProperty("verdict").GetString());
        Assert.Equal("the model's answer failed the check: sentence 1 names 40, which no passage it cites holds", root.GetProperty("fallback").GetString());
        Assert.DoesNotContain("40 sites", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_FaithfulModelAnswerJson_HasNoFallback()
    {
        using var workspace = new Workspace();
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => new ModelStep.Say($"No: Barnet wrote on 27 August 2019 (ref 5576276) that it is \"Not used.\" [{Barnet(r)}]"));

        var run = await CliRun.InAsync(workspace.Root, Settings(server), "ask", Question, "--json");

        var root = JsonDocument.Parse(Assert.Single(run.OutputLines)).RootElement;
        Assert.Equal("llm", root.GetProperty("engine").GetString());
        Assert.False(root.TryGetProperty("fallback", out _));
    }

    [Fact]
    public async Task Chat_ModelOpensWithAnUncitedInventedSentence_NeverPrintsIt()
    {
        using var workspace = new Workspace();
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => new ModelStep.Say($"Barnet runs facial recognition at 40 sites. It said so [{Barnet(r)}]."));
        using var input = new StringReader($"{Question}\nexit\n");

        var run = await CliRun.InAsync(workspace.Root, Settings(server), input, "chat");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("40 sites", run.Output, StringComparison.Ordinal);
        Assert.Contains("ref 5576276", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ModelMisconfigured_NamesTheField()
    {
        using var workspace = new Workspace(devLetters: false);
        var settings = new Dictionary<string, string?> { ["Llm:Provider"] = "OpenAICompatible", ["Llm:Model"] = "m" };

        var run = await CliRun.InAsync(workspace.Root, settings, "ask", Question);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Configuration error: Llm:Endpoint:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_KeyWrittenInAppSettings_RefusesToRunAndSaysWhereTheKeyGoes()
    {
        using var workspace = new Workspace(devLetters: false);
        File.WriteAllText(workspace.Combine("appsettings.json"), """{"Llm": {"Provider": "OpenAI", "Model": "gpt-4o-mini", "ApiKey": "sk-in-a-file"}}""");

        var run = await CliRun.InAsync(workspace.Root, "ask", Question);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Configuration error: Llm:ApiKey:", run.Error, StringComparison.Ordinal);
        Assert.Contains("Llm__ApiKey", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-in-a-file", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_TwoQuestions_StreamsAnswersAndSendsTheFirstTurnWithTheFollowUp()
    {
        using var workspace = new Workspace();
        await using var server = await FakeModelServer.StartAsync();
        server
            .Then(r => ModelStep.Quoting(r.Quotable, "Barnet: "))
            .Then(r => ModelStep.Quoting(r.Passages.First(p => p.Authority == "Coventry City Council"), "Coventry: "));
        using var input = new StringReader($"{Question}\n\nand Coventry?\nexit\nnever read\n");

        var run = await CliRun.InAsync(workspace.Root, Settings(server), input, "chat");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.True(r.Stream));
        Assert.Contains(server.Requests[1].Messages, m => m.Role == "user" && m.Content == Question);
        Assert.Contains("> Barnet: \"", run.Output, StringComparison.Ordinal);
        Assert.Contains("> Coventry: \"", run.Output, StringComparison.Ordinal);
        Assert.Contains("ref FOI352248676", run.Output, StringComparison.Ordinal);
        Assert.Contains("Engine: llm", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_NoModel_AnswersFromTheLettersUntilEndOfInput()
    {
        using var workspace = new Workspace();
        using var input = new StringReader($"{Question}\n");

        var run = await CliRun.InAsync(workspace.Root, new Dictionary<string, string?>(), input, "chat");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no model configured", run.Output, StringComparison.Ordinal);
        Assert.Contains("ref 16336160", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Engine:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_NoModelIncompleteFollowUp_AnswersTheEarlierQuestionForTheNewCouncil()
    {
        using var workspace = new Workspace();
        using var input = new StringReader($"{Question}\nAnd Coventry?\n");

        var run = await CliRun.InAsync(workspace.Root, new Dictionary<string, string?>(), input, "chat");

        Assert.Equal(0, run.ExitCode);

        // Each answer follows the prompt that read its question: the second is the follow-up's.
        var followUp = run.Output.Split("> ")[2];
        Assert.Contains("ref FOI352248676", followUp, StringComparison.Ordinal);
        Assert.DoesNotContain("ref 16336160", followUp, StringComparison.Ordinal);
    }

    /// <summary>The number the prompt gives Barnet's "Not used." letter.</summary>
    private static string Barnet(ModelRequest request) =>
        request.Passages.First(p => p.Reference == "5576276").Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string?> Settings(FakeModelServer server) => new()
    {
        ["Llm:Provider"] = "OpenAICompatible",
        ["Llm:Endpoint"] = server.Endpoint,
        ["Llm:Model"] = "fake-model",
        ["Llm:Timeout"] = "00:00:05",
        ["Llm:MaxRetries"] = "0",
    };
}
