using System.Diagnostics;
using FoiBot.Discord.Tests.Fakes;
using Xunit.Abstractions;

namespace FoiBot.Discord.Tests;

/// <summary>
/// 300 mentions from 60 members in 6 channels within 5 s, against a fake Discord that enforces a bucket per channel
/// (5 messages a second), a shared-scope 429 in one channel, a global 50 a second and one channel without Send Messages.
/// </summary>
public sealed class BurstTests(CorpusIndexFixture corpus, ITestOutputHelper output) : IClassFixture<CorpusIndexFixture>
{
    private const int Members = 60;
    private const int Mentions = 300;
    private static readonly TimeSpan s_burst = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Burst_OfMentions_EachAnsweredOrDeclinedOnceWithinDiscordsLimits()
    {
        using var timeout = new CancellationTokenSource(s_deadline + TimeSpan.FromSeconds(30));
        var ct = timeout.Token;
        var limits = new FakeLimits { ForbiddenChannelId = BurstGuild.Forbidden, SharedLimitChannelId = BurstGuild.Channels[0] };
        await using var fake = await FakeDiscord.StartAsync(limits);
        await using var bot = BotRun.Start(fake, corpus, ct);
        var gateway = await fake.NextConnectionAsync(ct);
        await BotRun.HandshakeAsync(gateway, fake, ct);
        await gateway.DispatchAsync("GUILD_CREATE", 2, BurstGuild.Create(), ct);

        var asked = new List<Asked>();
        var clock = Stopwatch.StartNew();
        var start = DateTimeOffset.UtcNow;
        for (var i = 0; i < Mentions; i++)
        {
            // Each member asks five times, each time in another channel.
            var member = i % Members;
            var channel = BurstGuild.Channels[(member + (i / Members)) % BurstGuild.Channels.Count];
            var id = "64000000000000" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            var pause = (s_burst * i / Mentions) - clock.Elapsed;
            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause, ct);
            }

            asked.Add(new Asked(id, BurstGuild.MemberId(member), channel, DateTimeOffset.UtcNow));
            await gateway.DispatchAsync("MESSAGE_CREATE", 3 + i, BurstGuild.Mention(id, channel, BurstGuild.MemberId(member), "Does Barnet use facial recognition?"), ct);
        }

        var sent = clock.Elapsed;
        var outcome = await WaitForAllAsync(fake, asked, start + s_deadline, ct);
        output.WriteLine($"burst sent in {sent.TotalSeconds:F1} s, all covered after {clock.Elapsed.TotalSeconds:F1} s; answered {outcome.Answered}, declined {outcome.Declined}, neither {outcome.Neither}");
        output.WriteLine($"invalid requests {limits.InvalidRequests} (global refusals {limits.GlobalRefusals}); sent inside a bucket's wait {limits.SentInsideWait.Count}");
        output.WriteLine($"max wait {outcome.MaxWait.TotalSeconds:F1} s; declines {outcome.Declines.Values.Sum()} to {outcome.Declines.Count} members, at most {outcome.Declines.Values.DefaultIfEmpty().Max()} to one");
        output.WriteLine($"duplicate answers {outcome.Duplicates}; typing requests {fake.Requests.Count(r => r.Path.EndsWith("/typing", StringComparison.Ordinal))}; requests {fake.Requests.Count}");
        foreach (var line in limits.SentInsideWait.Take(10))
        {
            output.WriteLine("inside wait: " + line);
        }

        Assert.Equal(0, outcome.Neither);
        Assert.Empty(limits.SentInsideWait);
        Assert.InRange(limits.InvalidRequests, 0, 29);
        Assert.Equal(0, limits.GlobalRefusals);
        Assert.Equal(0, outcome.Duplicates);
        Assert.All(outcome.Declines.Values, count => Assert.Equal(1, count));
        Assert.All(fake.Requests.Where(r => r.Is("POST", "/messages")), r =>
        {
            var allowed = r.Json.GetProperty("allowed_mentions");
            Assert.Equal(0, allowed.GetProperty("parse").GetArrayLength());
            Assert.False(allowed.GetProperty("replied_user").GetBoolean());
        });
        Assert.DoesNotContain(fake.Requests, r => r.Path.StartsWith($"/channels/{BurstGuild.Forbidden}/", StringComparison.Ordinal));
        Assert.All(BurstGuild.Channels.Where(c => c != BurstGuild.Forbidden), c => Assert.Contains(fake.Requests, r => r.Is("POST", $"/channels/{c}/messages") && r.Status == 200));
        Assert.False(bot.Running.IsCompleted, "the bot stopped during the burst");
    }

    /// <summary>Polls the fake until every mention is answered or its author declined, or the deadline passes.</summary>
    private static async Task<Outcome> WaitForAllAsync(FakeDiscord fake, IReadOnlyList<Asked> asked, DateTimeOffset deadline, CancellationToken ct)
    {
        while (true)
        {
            var outcome = Tally(fake, asked);
            if (outcome.Neither == 0 || DateTimeOffset.UtcNow > deadline)
            {
                return outcome;
            }

            await Task.Delay(100, ct);
        }
    }

    private static Outcome Tally(FakeDiscord fake, IReadOnlyList<Asked> asked)
    {
        var byId = asked.ToDictionary(a => a.MessageId);
        var posted = fake.Requests.Where(r => r.Is("POST", "/messages") && r.Status == 200).ToList();
        var answers = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        var declines = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        foreach (var message in posted)
        {
            var json = message.Json;
            var repliesTo = json.TryGetProperty("message_reference", out var reference) ? reference.GetProperty("message_id").GetString() : null;
            var isAnswer = json.TryGetProperty("embeds", out _);
            if (isAnswer && repliesTo is not null)
            {
                Add(answers, repliesTo, message.At);
            }
            else if (!isAnswer && repliesTo is not null && byId.TryGetValue(repliesTo, out var declined))
            {
                Add(declines, declined.UserId, message.At);
            }
            else if (asked.Select(a => a.UserId).Distinct().FirstOrDefault(u => message.Path == $"/channels/{fake.DirectChannelOf(u)}/messages") is { } user)
            {
                Add(declines, user, message.At);
            }
        }

        var neither = 0;
        var maxWait = TimeSpan.Zero;
        foreach (var a in asked)
        {
            var covered = answers.TryGetValue(a.MessageId, out var at) ? at.Min()
                : declines.TryGetValue(a.UserId, out var told) ? told.Min() : (DateTimeOffset?)null;
            if (covered is null)
            {
                neither++;
                continue;
            }

            maxWait = covered.Value - a.At > maxWait ? covered.Value - a.At : maxWait;
        }

        return new Outcome(
            answers.Count,
            asked.Count(a => !answers.ContainsKey(a.MessageId) && declines.ContainsKey(a.UserId)),
            neither,
            maxWait,
            declines.ToDictionary(d => d.Key, d => d.Value.Count),
            answers.Values.Sum(v => v.Count - 1));
    }

    private static void Add(Dictionary<string, List<DateTimeOffset>> map, string key, DateTimeOffset at)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(at);
    }

    private sealed record Asked(string MessageId, string UserId, string ChannelId, DateTimeOffset At);

    private sealed record Outcome(int Answered, int Declined, int Neither, TimeSpan MaxWait, Dictionary<string, int> Declines, int Duplicates);
}
