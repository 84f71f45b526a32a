using System.Text.Json;
using FoiBot.Discord.Tests.Fakes;

namespace FoiBot.Discord.Tests;

/// <summary>The whole bot against the fake Discord over real sockets: questions in over the gateway, answers out over REST.</summary>
public sealed class BotEndToEndTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    private const string Question = "Does Barnet use facial recognition?";
    private const string SentinelId = "690000000000000001";

    [Fact]
    public async Task AskCommand_OverGateway_DefersThenEditsOnceWithCitationsInOrder()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        var (fake, bot, gateway) = (run.Fake, run.Bot, run.Gateway);

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Command("510000000000000001", "ask", ("question", 3, Question)), ct);
        var edit = (await fake.WaitForAsync(r => r.Is("PATCH", "/messages/@original"), ct)).Single();
        await SentinelAsync(run, 3, ct);

        var callback = Assert.Single(fake.Requests, r => r.Method == "POST" && r.Path.EndsWith("/callback", StringComparison.Ordinal));
        Assert.Equal("/interactions/510000000000000001/itoken-510000000000000001/callback", callback.Path);
        Assert.Equal(5, callback.Json.GetProperty("type").GetInt32());
        Assert.True(callback.At <= edit.At);
        Assert.Single(fake.Requests, r => r.Is("PATCH", "/messages/@original"));
        Assert.Equal($"/webhooks/{FakeDiscord.ApplicationId}/itoken-510000000000000001/messages/@original", edit.Path);
        var embed = edit.Json.GetProperty("embeds")[0];
        Assert.Equal("No", embed.GetProperty("title").GetString());
        var fields = embed.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        Assert.Contains("16336160", fields[0], StringComparison.Ordinal);
        Assert.Contains("2026-01-16", fields[0], StringComparison.Ordinal);
        Assert.Contains("5576276", fields[1], StringComparison.Ordinal);
        Assert.Contains("2019-08-27", fields[1], StringComparison.Ordinal);
        AssertNoPings(edit.Json);
        var button = edit.Json.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal("foi:letter:16336160", button.GetProperty("custom_id").GetString());
    }

    [Fact]
    public async Task Mention_InGuild_AnsweredOnceAsReplyWithoutPinging()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        var (fake, bot, gateway) = (run.Fake, run.Bot, run.Gateway);

        var mention = DiscordEvents.Mention("600000000000000001", Question);
        await gateway.DispatchAsync("MESSAGE_CREATE", 2, mention, ct);
        await gateway.DispatchAsync("MESSAGE_CREATE", 2, mention.DeepClone(), ct);
        await fake.WaitForAsync(r => r.Is("POST", $"/channels/{DiscordEvents.ChannelId}/messages"), ct);
        await SentinelAsync(run, 3, ct);

        var replies = fake.Requests.Where(r => r.Is("POST", $"/channels/{DiscordEvents.ChannelId}/messages")).ToList();
        Assert.Equal(["600000000000000001", SentinelId], replies.Select(RepliesTo));
        var reply = replies[0];
        AssertNoPings(reply.Json);
        var fields = reply.Json.GetProperty("embeds")[0].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        Assert.Contains("16336160", fields[0], StringComparison.Ordinal);
        Assert.Contains("5576276", fields[1], StringComparison.Ordinal);
        Assert.Equal("Bot " + FakeDiscord.Token, reply.Headers["Authorization"]);
        Assert.StartsWith("DiscordBot (", reply.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(FakeDiscord.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Messages_WithoutMentionOrFromBots_AreIgnoredButDirectMessagesAnswered()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        var (fake, bot, gateway) = (run.Fake, run.Bot, run.Gateway);

        var chatter = DiscordEvents.Mention("600000000000000010", "hello all");
        chatter["content"] = "hello all";
        chatter["mentions"] = new System.Text.Json.Nodes.JsonArray();
        var fromBot = DiscordEvents.Mention("600000000000000011", Question);
        fromBot["author"]!["bot"] = true;
        await gateway.DispatchAsync("MESSAGE_CREATE", 2, chatter, ct);
        await gateway.DispatchAsync("MESSAGE_CREATE", 3, fromBot, ct);
        await gateway.DispatchAsync("SOME_NEW_EVENT", 4, new System.Text.Json.Nodes.JsonObject { ["x"] = 1 }, ct);
        await gateway.DispatchAsync("MESSAGE_CREATE", 5, DiscordEvents.Mention("600000000000000012", Question, guildId: null), ct);

        await fake.WaitForAsync(r => r.Is("POST", "/messages"), ct);
        await SentinelAsync(run, 6, ct);

        Assert.Equal(["600000000000000012", SentinelId], fake.Requests.Where(r => r.Is("POST", "/messages")).Select(RepliesTo));
    }

    [Fact]
    public async Task ShowLetterButton_OpensTheLetterPrivately()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        var (fake, bot, gateway) = (run.Fake, run.Bot, run.Gateway);

        var click = DiscordEvents.Interaction("520000000000000001", 3, new System.Text.Json.Nodes.JsonObject { ["custom_id"] = "foi:letter:16336160", ["component_type"] = 2 });
        await gateway.DispatchAsync("INTERACTION_CREATE", 2, click, ct);
        var edit = (await fake.WaitForAsync(r => r.Is("PATCH", "/messages/@original"), ct)).Single();

        var callback = Assert.Single(fake.Requests, r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
        Assert.Equal(5, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("16336160", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_Authority_OffersAtMost25MatchingAuthoritiesFromTheIndex()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        var (fake, bot, gateway) = (run.Fake, run.Bot, run.Gateway);

        var data = new System.Text.Json.Nodes.JsonObject
        {
            ["name"] = "ask",
            ["options"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["name"] = "authority", ["type"] = 3, ["value"] = "barn", ["focused"] = true }),
        };
        await gateway.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Interaction("530000000000000001", 4, data), ct);
        var callback = (await fake.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), ct)).Single();

        Assert.Equal(8, callback.Json.GetProperty("type").GetInt32());
        var choices = callback.Json.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        Assert.InRange(choices.Count, 1, 25);
        Assert.All(choices, c => Assert.Contains("barn", c.GetProperty("value").GetString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Questions_OverTheUserLimit_GetAFriendlyPrivateReply()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct, o => o with { UserRequestsPerWindow = 1 });
        var (fake, bot, gateway) = (run.Fake, run.Bot, run.Gateway);

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Command("540000000000000001", "letter", ("ref", 3, "16336160")), ct);
        await gateway.DispatchAsync("INTERACTION_CREATE", 3, DiscordEvents.Command("540000000000000002", "letter", ("ref", 3, "16336160")), ct);
        var callbacks = await fake.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), ct, count: 2);

        var refusal = Assert.Single(callbacks, c => c.Json.GetProperty("type").GetInt32() == 4);
        Assert.Equal(64, refusal.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("wait", refusal.Json.GetProperty("data").GetProperty("content").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SearchCommand_WithAYear_ListsOnlyLettersAnsweredThatYear()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);

        await run.Gateway.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Command(
            "570000000000000001", "search", ("terms", 3, "facial recognition"), ("authority", 3, "London Borough of Barnet"), ("year", 4, 2019)), ct);
        var edit = (await run.Fake.WaitForAsync(r => r.Is("PATCH", "/messages/@original"), ct)).Single();

        var fields = edit.Json.GetProperty("embeds")[0].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Contains("2019-", f, StringComparison.Ordinal));
        Assert.Contains(fields, f => f.Contains("5576276", StringComparison.Ordinal));
        AssertNoPings(edit.Json);
    }

    /// <summary>
    /// Asks a question by DM and waits for its reply. Events are handled side by side, so this proves nothing alone;
    /// but it is sent only after the reply under test has come in, so any second or stray reply to the earlier events
    /// was already under way before this question was asked, and would have to take longer than a whole answer from
    /// scratch to arrive after it. Once it is in, the earlier requests are counted without a sleep.
    /// </summary>
    private static async Task SentinelAsync(ConnectedBot run, int sequence, CancellationToken ct)
    {
        await run.Gateway.DispatchAsync("MESSAGE_CREATE", sequence, DiscordEvents.Mention(SentinelId, Question, guildId: null), ct);
        await run.Fake.WaitForAsync(r => r.Is("POST", "/messages") && RepliesTo(r) == SentinelId, ct);
    }

    /// <summary>The message a posted message replies to, or null when it replies to none.</summary>
    private static string? RepliesTo(RecordedRequest message) =>
        message.Json.TryGetProperty("message_reference", out var reference) ? reference.GetProperty("message_id").GetString() : null;

    private static void AssertNoPings(JsonElement message)
    {
        var allowed = message.GetProperty("allowed_mentions");
        Assert.Equal(0, allowed.GetProperty("parse").GetArrayLength());
        Assert.False(allowed.GetProperty("replied_user").GetBoolean());
    }
}
