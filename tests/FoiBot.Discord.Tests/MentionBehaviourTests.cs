using System.Text;
using FoiBot.Discord.Api;
using FoiBot.Discord.Bot;
using FoiBot.Discord.Guilds;
using FoiBot.Discord.Rest;
using FoiBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace FoiBot.Discord.Tests;

/// <summary>A long question, typing only for slow answers, and notes that never throw.</summary>
public sealed class MentionBehaviourTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    private static readonly MessageDto s_mention = new() { Id = "1", ChannelId = "2", GuildId = "3", Author = new UserDto { Id = "4" } };

    [Fact]
    public async Task Mention_4000Characters_AnsweredFromItsQuestion()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        var text = new StringBuilder("Does Barnet use facial recognition?");
        while (text.Length < 4000)
        {
            text.Append(" I walk past the new cameras on the high street every day and I would like to know more about them, because nobody has explained what happens to the pictures.");
        }

        await run.Gateway.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("670000000000000001", text.ToString(0, 4000)), ct);
        var reply = (await run.Fake.WaitForAsync(r => r.Is("POST", "/messages") && r.Body.Contains("670000000000000001", StringComparison.Ordinal), ct)).Single();

        Assert.True(reply.Json.TryGetProperty("embeds", out var embeds), reply.Body);
        var fields = embeds[0].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        Assert.Contains("16336160", fields[0], StringComparison.Ordinal);
        Assert.Contains("Does Barnet use facial recognition?", reply.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_OnlyOnceAnAnswerTakesLongerThanTypingAfter()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var fake = await FakeDiscord.StartAsync();
        var time = new WatchedFakeTime();
        using var rest = new DiscordRestClient(BotRun.Defaults(fake), time, NullLogger.Instance);
        var typing = new SlowAnswerTyping(rest, TimeSpan.FromSeconds(2), time, NullLogger.Instance);

        Assert.Equal(1, await typing.RunAsync("5", _ => Task.FromResult(1), ct));
        var slowAnswer = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = typing.RunAsync("6", _ => slowAnswer.Task, ct);
        await time.TimersCreatedAsync(1).WaitAsync(ct);
        time.Advance(TimeSpan.FromSeconds(2));
        await fake.WaitForAsync(r => r.Is("POST", "/channels/6/typing"), ct);
        slowAnswer.SetResult(2);

        Assert.Equal(2, await slow.WaitAsync(ct));
        Assert.DoesNotContain(fake.Requests, r => r.Is("POST", "/channels/5/typing"));
    }

    [Fact]
    public async Task Notices_CancelledOrRefused_NeverThrowAndOnlyOncePerWindow()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var fake = await FakeDiscord.StartAsync();
        var time = new WatchedFakeTime();
        using var rest = new DiscordRestClient(BotRun.Defaults(fake), time, NullLogger.Instance);
        var notices = new MemberNotices(rest, new GuildCache(time), TimeSpan.FromMinutes(1), time, NullLogger.Instance);

        await notices.TellAsync(s_mention, "first", inChannel: false, new CancellationToken(canceled: true));
        time.Advance(TimeSpan.FromMinutes(1));
        fake.Script(new ScriptedResponse("POST", "/users/@me/channels", 403, """{"message":"Cannot send messages to this user","code":50007}"""));
        await notices.TellAsync(s_mention, "second", inChannel: false, timeout.Token);
        time.Advance(TimeSpan.FromMinutes(1));
        await notices.TellAsync(s_mention, "third", inChannel: true, timeout.Token);
        await notices.TellAsync(s_mention, "fourth", inChannel: true, timeout.Token);

        var posted = Assert.Single(fake.Requests, r => r.Is("POST", "/messages"));
        Assert.Equal("third", posted.Json.GetProperty("content").GetString());
        Assert.Equal("1", posted.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
    }
}
