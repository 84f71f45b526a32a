using FoiBot.Discord.State;
using FoiBot.Discord.Tests.Fakes;
using static FoiBot.Discord.Tests.Asking;

namespace FoiBot.Discord.Tests;

/// <summary>Two shards, each its own bot host with its own gateway connection to one fake Discord, sharing one real Redis.</summary>
public sealed class SharedStateTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    private const int PerSecond = 10;
    // Replies alone must outnumber two seconds' worth of requests: typing shows only for slow answers (Discord:TypingAfter).
    private const int MentionsPerShard = 12;

    [RedisFact]
    public async Task TwoShardsOneRedis_ShareFeedbackAndStayWithinOneGlobalLimit()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        var ct = timeout.Token;
        await using var redis = await RedisServer.StartAsync(ct);
        await using var fake = await FakeDiscord.StartAsync();
        var options = new StateOptions { Redis = redis.ConnectionString, GlobalRequestsPerSecond = PerSecond };
        await using var storeA = RedisStateStore.Connect(redis.ConnectionString, options.RedisKeyPrefix, 6, TimeSpan.FromMinutes(30));
        await using var storeB = RedisStateStore.Connect(redis.ConnectionString, options.RedisKeyPrefix, 6, TimeSpan.FromMinutes(30));
        await using var shardA = BotRun.Start(fake, corpus, ct, BotRun.Defaults(fake) with { ShardId = 0, ShardCount = 2 }, state: BotState.Over(storeA, corpus, options));
        var gatewayA = await fake.NextConnectionAsync(ct);
        await BotRun.HandshakeAsync(gatewayA, fake, ct);
        await using var shardB = BotRun.Start(fake, corpus, ct, BotRun.Defaults(fake) with { ShardId = 1, ShardCount = 2 }, state: BotState.Over(storeB, corpus, options));
        var gatewayB = await fake.NextConnectionAsync(ct);
        await BotRun.HandshakeAsync(gatewayB, fake, ct);

        // A burst on both shards at once: each mention costs a reply (and a typing indicator when the answer is slow).
        for (var i = 0; i < MentionsPerShard; i++)
        {
            await gatewayA.DispatchAsync("MESSAGE_CREATE", 2 + i, MentionBy($"62000000000000010{i}", "Does Barnet use facial recognition?", $"30000000000000010{i}", "200000000000000011"), ct);
            await gatewayB.DispatchAsync("MESSAGE_CREATE", 2 + i, MentionBy($"62000000000000020{i}", "How many CCTV cameras does Moray Council have?", $"30000000000000020{i}", "200000000000000012"), ct);
        }

        var replies = await fake.WaitForAsync(r => RepliesTo(r) is not null, ct, 2 * MentionsPerShard);

        // A vote on shard A's answer arrives on shard B, and shard A's store sees it.
        await gatewayB.DispatchAsync("INTERACTION_CREATE", 10, Component("520000000000000021", "foi:fb:down:620000000000000100", OtherUserId), ct);
        await CallbackAsync(fake, "520000000000000021", ct);
        var entries = await storeA.ListAsync(ct);

        Assert.Equal(2 * MentionsPerShard, replies.Select(RepliesTo).Distinct().Count());
        Assert.False(Assert.Single(Assert.Single(entries, e => e.Answer.AnswerId == "620000000000000100").Votes).Helpful);
        Assert.Equal(2 * MentionsPerShard, entries.Count);

        // Counted at the fake: no 900 ms stretch of the burst saw more than one second's worth of requests from both
        // shards together, give or take the two a new pooled connection can hold up between reservation and wire
        // (start-up requests are left out for the same reason). Unshared, the burst lands within a fraction of a second.
        var counted = fake.Requests.Where(r => r.Path.StartsWith("/channels/", StringComparison.Ordinal)).Select(r => r.At).Order().ToList();
        var busiest = counted.Select((at, i) => counted.Skip(i).TakeWhile(t => t - at < TimeSpan.FromMilliseconds(900)).Count()).Max();
        Assert.InRange(busiest, 1, PerSecond + 2);
        Assert.True(counted.Count >= 2 * (PerSecond + 2), $"only {counted.Count} requests: too few to test the limit");
    }
}
