using System.Text.Json.Nodes;
using static FoiBot.Discord.Tests.Asking;

namespace FoiBot.Discord.Tests;

/// <summary>Whose conversation a question belongs to: a member's own in a channel, a thread's in a thread or forum post.</summary>
public sealed class BotConversationTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    private const string Barnet = "Does Barnet use facial recognition?";
    private const string CoventryLetter = "FOI352248676";

    [Fact]
    public async Task Mentions_TwoMembersInOneChannel_KeepSeparateConversations()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        var (fake, gateway) = (run.Fake, run.Gateway);

        await AskAsync(fake, gateway, 2, "610000000000000001", Barnet, DiscordEvents.UserId, ct);
        await AskAsync(fake, gateway, 3, "610000000000000002", "How many CCTV cameras does Moray Council have?", OtherUserId, ct);
        var followUp = await AskAsync(fake, gateway, 4, "610000000000000003", "And Coventry?", DiscordEvents.UserId, ct);

        // The first member's "and Coventry?" follows their own question, not the other member's later one.
        var kept = await run.Bot.State.Store.FindAnswerAsync("610000000000000003", ct);
        Assert.Equal(Barnet, kept!.Question);
        Assert.Equal("Coventry City Council", kept.Authority);
        Assert.Contains(Cited(followUp), f => f.Contains(CoventryLetter, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForumPost_InAListedForum_AnsweredOnceInItsOwnThread()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct, o => o with { ForumChannelIds = ForumId });
        var (fake, gateway) = (run.Fake, run.Gateway);
        const string Post = "410000000000000001";

        await gateway.DispatchAsync("THREAD_CREATE", 2, Thread(Post, ForumId, Barnet), ct);
        await gateway.DispatchAsync("MESSAGE_CREATE", 3, MentionBy(Post, Barnet, DiscordEvents.UserId, Post, 11), ct);
        await gateway.DispatchAsync("THREAD_CREATE", 4, Thread("410000000000000002", "400000000000000009", "Does Moray use drones?"), ct);
        var answer = (await fake.WaitForAsync(r => r.Is("POST", $"/channels/{Post}/messages"), ct))[0];
        var followUp = await AskAsync(fake, gateway, 5, "610000000000000011", "And Coventry?", OtherUserId, ct, Post, 11);

        Assert.Contains(Cited(answer), f => f.Contains("16336160", StringComparison.Ordinal));
        Assert.Single(fake.Requests, r => r.Is("POST", $"/channels/{Post}/messages") && RepliesTo(r) is null);
        Assert.DoesNotContain(fake.Requests, r => r.Is("POST", "/channels/410000000000000002/"));

        // The thread is one conversation, whoever asks in it.
        Assert.Contains(Cited(followUp), f => f.Contains(CoventryLetter, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mention_AnswerInThreadOn_StartsAThreadFromTheQuestionAndAnswersThere()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct, o => o with { AnswerInThread = true });
        var (fake, gateway) = (run.Fake, run.Gateway);

        await gateway.DispatchAsync("MESSAGE_CREATE", 2, MentionBy("610000000000000021", Barnet, DiscordEvents.UserId), ct);
        var started = (await fake.WaitForAsync(r => r.Is("POST", $"/channels/{DiscordEvents.ChannelId}/messages/610000000000000021/threads"), ct))[0];
        var threadId = (await fake.WaitForAsync(r => r.Is("POST", "/messages") && !r.Path.Contains(DiscordEvents.ChannelId, StringComparison.Ordinal), ct))[0].Path.Split('/')[2];

        Assert.Equal(Barnet, started.Json.GetProperty("name").GetString());
        Assert.DoesNotContain(fake.Requests, r => r.Is("POST", $"/channels/{DiscordEvents.ChannelId}/messages") && !r.Path.EndsWith("/threads", StringComparison.Ordinal));
        var followUp = await AskAsync(fake, gateway, 3, "610000000000000022", "And Coventry?", OtherUserId, ct, threadId, 11);
        Assert.Contains(Cited(followUp), f => f.Contains(CoventryLetter, StringComparison.Ordinal));
    }

    private static JsonObject Thread(string id, string parentId, string title) => new()
    {
        ["id"] = id,
        ["guild_id"] = DiscordEvents.GuildId,
        ["parent_id"] = parentId,
        ["type"] = 11,
        ["name"] = title,
        ["owner_id"] = DiscordEvents.UserId,
        ["newly_created"] = true,
        ["thread_metadata"] = new JsonObject { ["archived"] = false, ["auto_archive_duration"] = 4320 },
    };
}
