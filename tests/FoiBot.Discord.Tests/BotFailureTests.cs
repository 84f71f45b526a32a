using FoiBot.Answering.Tests;
using FoiBot.Discord.Tests.Fakes;

namespace FoiBot.Discord.Tests;

/// <summary>What users see when Discord refuses something: a short private note, never the detail.</summary>
public sealed class BotFailureTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    [Fact]
    public async Task AskCommand_EditRefused_UserGetsAShortPrivateFollowUpAndThePlaceholderGoes()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        run.Fake.Script(new ScriptedResponse("PATCH", "/messages/@original", 400, """{"code":50035,"message":"Invalid Form Body"}"""));

        await run.Gateway.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Command("560000000000000001", "ask", ("question", 3, "Does Barnet use facial recognition?")), ct);
        var deleted = await run.Fake.WaitForAsync(r => r.Is("DELETE", "/messages/@original"), ct);

        var note = Assert.Single(run.Fake.Requests, r => r.Is("POST", $"/webhooks/{FakeDiscord.ApplicationId}/itoken-560000000000000001"));
        Assert.Equal(64, note.Json.GetProperty("flags").GetInt32());
        Assert.DoesNotContain("50035", note.Body, StringComparison.Ordinal);
        Assert.Contains(run.Bot.Logs.Lines, l => l.Contains("50035", StringComparison.Ordinal));
        Assert.True(note.At <= deleted[0].At);
    }

    [Fact]
    public async Task Mention_ReplyRefusedForMissingHistory_AnswersAsAPlainMessage()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        run.Fake.Script(new ScriptedResponse("POST", "/messages", 400, """{"code":160002,"message":"Cannot reply without permission to read message history"}"""));

        await run.Gateway.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("630000000000000001", "Does Barnet use facial recognition?"), ct);
        var sent = await run.Fake.WaitForAsync(r => r.Is("POST", "/messages"), ct, count: 2);

        Assert.True(sent[0].Json.TryGetProperty("message_reference", out _));
        Assert.False(sent[1].Json.TryGetProperty("message_reference", out _));
        Assert.Contains("16336160", sent[1].Body, StringComparison.Ordinal);
    }
}
