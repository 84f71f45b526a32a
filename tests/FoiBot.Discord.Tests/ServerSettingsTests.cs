using System.Text.Json;
using System.Text.Json.Nodes;
using FoiBot.Discord.Bot;
using FoiBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace FoiBot.Discord.Tests;

/// <summary>/settings over the gateway, what it changes for mentions and commands, and the permissions commands declare.</summary>
public sealed class ServerSettingsTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    [Fact]
    public async Task Register_EveryCommand_DeclaresWhoMayUseIt()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var fake = await FakeDiscord.StartAsync();

        await DiscordBotHost.RegisterCommandsAsync(BotRun.Defaults(fake), "123", NullLoggerFactory.Instance, timeout.Token);

        var commands = Assert.Single(fake.Requests, r => r.Is("PUT", "/guilds/123/commands")).Json.EnumerateArray().ToList();
        Assert.All(commands, c => Assert.True(c.TryGetProperty("default_member_permissions", out _), c.GetProperty("name").GetString()));
        var settings = Assert.Single(commands, c => c.GetProperty("name").GetString() == "settings");
        Assert.Equal("32", settings.GetProperty("default_member_permissions").GetString());
        Assert.Equal([0], settings.GetProperty("contexts").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(JsonValueKind.Null, commands.Single(c => c.GetProperty("name").GetString() == "ask").GetProperty("default_member_permissions").ValueKind);
    }

    [Fact]
    public async Task MentionsTurnedOff_MemberToldOnceByDmAndNothingPostedInTheChannel()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);

        var reply = await SettingsAsync(run, "561000000000000001", "mentions", ("enabled", 5, false), ct);
        Assert.Contains("not answered", reply, StringComparison.Ordinal);
        await run.Gateway.DispatchAsync("MESSAGE_CREATE", 3, DiscordEvents.Mention("661000000000000001", "Does Barnet use facial recognition?"), ct);
        await run.Gateway.DispatchAsync("MESSAGE_CREATE", 4, DiscordEvents.Mention("661000000000000002", "Does Barnet use facial recognition?"), ct);
        await run.Fake.WaitForAsync(r => r.Is("POST", "/users/@me/channels"), ct);
        var direct = run.Fake.DirectChannelOf(DiscordEvents.UserId);
        var note = (await run.Fake.WaitForAsync(r => r.Is("POST", $"/channels/{direct}/messages"), ct)).Single();
        await SentinelAsync(run, 5, ct);

        Assert.Equal(BotReplies.MentionsOff, note.Json.GetProperty("content").GetString());
        Assert.Single(run.Fake.Requests, r => r.Is("POST", $"/channels/{direct}/messages"));
        Assert.DoesNotContain(run.Fake.Requests, r => r.Is("POST", $"/channels/{DiscordEvents.ChannelId}/messages") && r.Body.Contains("66100000000000000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskCommand_InAChannelTheServerDidNotAllow_PrivateNoteInstead()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);

        var reply = await SettingsAsync(run, "562000000000000001", "channel", ("channel", 7, "200000000000000777"), ct, ("allowed", 5, true));
        Assert.Contains("<#200000000000000777>", reply, StringComparison.Ordinal);
        await run.Gateway.DispatchAsync("INTERACTION_CREATE", 3, DiscordEvents.Command("562000000000000002", "ask", ("question", 3, "Does Barnet use facial recognition?")), ct);
        var note = (await run.Fake.WaitForAsync(r => r.Path.Contains("562000000000000002", StringComparison.Ordinal), ct)).Single();

        Assert.Equal(4, note.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, note.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(BotReplies.NotHereCommand, note.Json.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task DefaultAuthority_UsedForAQuestionThatNamesNone()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);

        var reply = await SettingsAsync(run, "563000000000000001", "authority", ("name", 3, "Wokingham"), ct);
        Assert.Contains("Wokingham", reply, StringComparison.Ordinal);
        await run.Gateway.DispatchAsync("MESSAGE_CREATE", 3, DiscordEvents.Mention("663000000000000001", "Do you use glyphosate based weed killers?"), ct);
        await run.Gateway.DispatchAsync("MESSAGE_CREATE", 4, DiscordEvents.Mention("663000000000000002", "Does Devon use glyphosate based weed killers?"), ct);
        var answers = await run.Fake.WaitForAsync(r => r.Is("POST", "/messages") && r.Body.Contains("66300000000000000", StringComparison.Ordinal), ct, count: 2);

        var own = answers.Single(a => a.Body.Contains("663000000000000001", StringComparison.Ordinal));
        var named = answers.Single(a => a.Body.Contains("663000000000000002", StringComparison.Ordinal));
        Assert.Contains("Wokingham", own.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Devon", own.Body, StringComparison.Ordinal);
        Assert.Contains("Devon", named.Body, StringComparison.Ordinal);
    }

    /// <summary>Sends /settings with one subcommand and returns the private reply's text.</summary>
    private static async Task<string> SettingsAsync(ConnectedBot run, string id, string sub, (string Name, int Type, JsonNode Value) option, CancellationToken ct, params (string Name, int Type, JsonNode Value)[] more)
    {
        var options = new JsonArray([.. new[] { option }.Concat(more).Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = o.Type, ["value"] = o.Value })]);
        var data = new JsonObject
        {
            ["id"] = "800000000000000009",
            ["name"] = "settings",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = sub, ["type"] = 1, ["options"] = options }),
        };
        await run.Gateway.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Interaction(id, 2, data), ct);
        var callback = (await run.Fake.WaitForAsync(r => r.Path.Contains(id, StringComparison.Ordinal), ct)).Single();
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        return callback.Json.GetProperty("data").GetProperty("content").GetString()!;
    }

    /// <summary>A DM question answered after the events under test: anything they caused was already under way.</summary>
    private static async Task SentinelAsync(ConnectedBot run, int sequence, CancellationToken ct)
    {
        await run.Gateway.DispatchAsync("MESSAGE_CREATE", sequence, DiscordEvents.Mention("690000000000000009", "Does Barnet use facial recognition?", guildId: null), ct);
        await run.Fake.WaitForAsync(r => r.Is("POST", "/messages") && r.Body.Contains("690000000000000009", StringComparison.Ordinal), ct);
    }
}
