using System.Text.Json.Nodes;
using FoiBot.Answering.Tests;
using FoiBot.Discord.Gateway;
using FoiBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace FoiBot.Discord.Tests;

/// <summary>The gateway protocol against the fake Discord: identify, heartbeats, resume, reconnect and every kind of close.</summary>
public sealed class GatewayTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    [Fact]
    public async Task Run_AfterHello_IdentifiesWithRawTokenIntentsAndShard()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var fake = await FakeDiscord.StartAsync();
        await using var bot = BotRun.Start(fake, corpus, ct, BotRun.Defaults(fake) with { ShardId = 1, ShardCount = 2 });
        var gateway = await fake.NextConnectionAsync(ct);

        var identify = await BotRun.HandshakeAsync(gateway, fake, ct);

        Assert.Equal("/gateway", gateway.Path);
        Assert.Equal(FakeDiscord.Token, (string?)identify["token"]);
        Assert.Equal(4609, (int?)identify["intents"]);
        Assert.Equal("[1,2]", identify["shard"]!.ToJsonString());
        Assert.Equal("foibot", (string?)identify["properties"]!["browser"]);
        Assert.Contains(fake.Requests, r => r.Is("GET", "/gateway/bot"));
    }

    [Fact]
    public async Task Run_ConnectionDropped_ResumesOnResumeUrlAndAnswersTheMissedMention()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        var (fake, bot, first) = (run.Fake, run.Bot, run.Gateway);
        await first.DispatchAsync("GUILD_CREATE", 2, new JsonObject { ["id"] = DiscordEvents.GuildId, ["name"] = "FOI fans" }, ct);

        // Dropped only once the bot has taken in sequence 2, so the Resume has a known sequence to ask from.
        await first.SendOpAsync(1, null, ct);
        await first.HeartbeatCarryingAsync(2, ct);

        first.Drop();
        var second = await fake.NextConnectionAsync(ct);
        await second.SendHelloAsync(1000, ct);
        var resume = await second.ExpectAsync(6, ct);
        await second.DispatchAsync("MESSAGE_CREATE", 3, DiscordEvents.Mention("610000000000000001", "Does Barnet use facial recognition?"), ct);
        await second.DispatchAsync("RESUMED", 4, new JsonObject(), ct);

        Assert.Equal("/resume", second.Path);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt32());
        Assert.Equal(FakeDiscord.Token, resume.GetProperty("token").GetString());
        var reply = (await fake.WaitForAsync(r => r.Is("POST", "/messages"), ct)).Single();
        Assert.Equal("610000000000000001", reply.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
    }

    [Fact]
    public async Task Run_Close4004_StopsWithAClearMessageAndNeverReconnects()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct, sendReady: false);
        var (fake, bot, gateway) = (run.Fake, run.Bot, run.Gateway);

        await gateway.CloseAsync(4004, "Authentication failed.", ct);

        var fatal = await Assert.ThrowsAsync<GatewayFatalException>(() => bot.Running.WaitAsync(ct));
        Assert.Equal(4004, fatal.CloseCode);
        Assert.Contains("Discord:Token", fatal.Message, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("4004", StringComparison.Ordinal));

        // The whole bot has ended, so nothing is left that could connect again: the count is final, no wait needed.
        Assert.Equal(1, fake.GatewayConnections);
    }

    [Fact]
    public async Task Run_Cancelled_ClosesNormallySoDiscordShowsTheBotOfflineAndReturns()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);

        await run.Bot.StopAsync();
        await run.Gateway.Closed.WaitAsync(ct);

        Assert.Equal(1000, run.Gateway.ClientCloseCode);
        Assert.True(run.Bot.Running.IsCompletedSuccessfully);
        Assert.Equal(1, run.Fake.GatewayConnections);
    }

    [Theory]
    [InlineData(4000, "/resume", 6)]
    [InlineData(4008, "/resume", 6)]
    [InlineData(4007, "/gateway", 2)]
    [InlineData(4009, "/gateway", 2)]
    [InlineData(4003, "/gateway", 2)]
    public async Task Run_RecoverableClose_ResumesOrIdentifiesAsTheCodeSays(int code, string expectedPath, int expectedOp)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        var (fake, bot, first) = (run.Fake, run.Bot, run.Gateway);

        await first.CloseAsync(code, "scripted", ct);
        var second = await fake.NextConnectionAsync(ct);
        await second.SendHelloAsync(1000, ct);
        await second.ExpectAsync(expectedOp, ct);

        Assert.Equal(expectedPath, second.Path);
    }

    [Fact]
    public async Task Run_ReconnectOpcode_ClosesWithoutEndingTheSessionAndResumes()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        var (fake, bot, first) = (run.Fake, run.Bot, run.Gateway);

        await first.SendOpAsync(7, null, ct);
        var second = await fake.NextConnectionAsync(ct);
        await second.SendHelloAsync(1000, ct);
        await second.ExpectAsync(6, ct);
        await first.Closed.WaitAsync(ct);

        Assert.Equal(4000, first.ClientCloseCode);
        Assert.Equal("/resume", second.Path);
    }

    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 6)]
    public async Task Run_InvalidSession_ResumesOnlyWhenDiscordSaysItCan(bool resumable, int expectedOp)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        var (fake, bot, first) = (run.Fake, run.Bot, run.Gateway);

        await first.SendOpAsync(9, resumable, ct);
        var second = await fake.NextConnectionAsync(ct);
        await second.SendHelloAsync(1000, ct);

        await second.ExpectAsync(expectedOp, ct);
    }

    [Fact]
    public async Task Run_HeartbeatNotAcknowledged_ClosesAsZombieWithResumableCodeAndResumes()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct, heartbeatMs: 150);
        var (fake, bot, first) = (run.Fake, run.Bot, run.Gateway);
        first.AutoAck = false;

        var second = await fake.NextConnectionAsync(ct);
        await second.SendHelloAsync(1000, ct);
        await second.ExpectAsync(6, ct);
        await first.Closed.WaitAsync(ct);

        Assert.NotNull(first.ClientCloseCode);
        Assert.NotEqual(1000, first.ClientCloseCode);
        Assert.NotEqual(1001, first.ClientCloseCode);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("zombie", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Run_ServerAsksForHeartbeat_HeartbeatsAtOnce()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var fake = await FakeDiscord.StartAsync();

        // The bot's clock stands still, so its own heartbeats never fall due: a heartbeat can only be the one asked for.
        await using var bot = BotRun.Start(fake, corpus, ct, time: new FakeTimeProvider());
        var gateway = await fake.NextConnectionAsync(ct);
        await BotRun.HandshakeAsync(gateway, fake, ct);

        await gateway.SendOpAsync(1, null, ct);
        var sequence = await gateway.NextHeartbeatAsync(ct);

        Assert.Equal(1, sequence);
        Assert.Equal(1, gateway.Heartbeats);
    }

    [Fact]
    public async Task Run_ReadySplitAcrossFrames_IsAssembledAndMentionsWork()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct, sendReady: false);
        var (fake, bot, gateway) = (run.Fake, run.Bot, run.Gateway);
        var ready = BotRun.Ready(fake);
        ready["padding"] = new string('x', 20_000);

        await gateway.SendInPiecesAsync(new JsonObject { ["op"] = 0, ["s"] = 1, ["t"] = "READY", ["d"] = ready }, 1000, ct);
        await gateway.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("620000000000000001", "Does Barnet use facial recognition?"), ct);

        await fake.WaitForAsync(r => r.Is("POST", "/messages"), ct);
    }
}
