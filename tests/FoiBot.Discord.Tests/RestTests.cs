using System.Net;
using FoiBot.Discord.Api;
using FoiBot.Discord.Rest;
using FoiBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace FoiBot.Discord.Tests;

/// <summary>The REST client against the fake Discord: headers, rate-limit buckets held by 429s of any scope, time queued apart from time on the wire, the invalid-request budget, and a rejected token.</summary>
public sealed class RestTests
{
    private static readonly MessagePayload s_hello = new() { Content = "hello" };

    [Fact]
    public async Task CreateMessage_429WithRetryAfter_WaitsItOutThenSucceedsOnce()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var fake = await FakeDiscord.StartAsync();
        using var rest = new DiscordRestClient(BotRun.Defaults(fake), TimeProvider.System, NullLogger.Instance);
        fake.Script(new ScriptedResponse("POST", "/channels/1/messages", 429, """{"message":"You are being rate limited.","retry_after":0.4,"global":false}""",
            new Dictionary<string, string> { ["Retry-After"] = "1", ["X-RateLimit-Scope"] = "user" }));

        await rest.CreateMessageAsync("1", s_hello, timeout.Token);

        var sent = fake.Requests.Where(r => r.Is("POST", "/channels/1/messages")).ToList();
        Assert.Equal(2, sent.Count);
        Assert.InRange((sent[1].At - sent[0].At).TotalSeconds, 0.35, 5);
        Assert.Equal(sent[0].Body, sent[1].Body);
    }

    [Fact]
    public async Task CreateMessage_BucketSpent_WaitsForResetBeforeTheNextRequest()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var fake = await FakeDiscord.StartAsync();
        using var rest = new DiscordRestClient(BotRun.Defaults(fake), TimeProvider.System, NullLogger.Instance);
        fake.Script(new ScriptedResponse("POST", "/channels/1/messages", 200, """{"id":"1"}""",
            new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "abc", ["X-RateLimit-Limit"] = "5", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "1.5" }));

        await rest.CreateMessageAsync("1", s_hello, timeout.Token);
        await rest.CreateMessageAsync("1", s_hello, timeout.Token);
        await rest.CreateMessageAsync("2", s_hello, timeout.Token);

        var sent = fake.Requests.Where(r => r.Is("POST", "/messages")).ToList();
        Assert.InRange((sent[1].At - sent[0].At).TotalSeconds, 1.4, 10);
        Assert.True(sent[2].At - sent[1].At < TimeSpan.FromSeconds(1), "another channel is another bucket");
    }

    [Fact]
    public async Task Requests_GlobalRateLimit_PausesEveryRouteUntilItPasses()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var fake = await FakeDiscord.StartAsync();
        var time = new WatchedFakeTime();
        using var rest = new DiscordRestClient(BotRun.Defaults(fake), time, NullLogger.Instance);
        fake.Script(new ScriptedResponse("POST", "/channels/1/messages", 429, """{"message":"You are being rate limited.","retry_after":1.0,"global":true}""",
            new Dictionary<string, string> { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" }));

        // The client's first wait on the clock is the global pause the 429 began; the second, the other route's.
        var first = rest.CreateMessageAsync("1", s_hello, ct);
        await Task.WhenAny(first, time.TimersCreatedAsync(1)).WaitAsync(ct);
        Assert.False(first.IsCompleted, "the 429 was not waited out");
        var other = rest.CreateMessageAsync("2", s_hello, ct);
        await Task.WhenAny(other, time.TimersCreatedAsync(2)).WaitAsync(ct);
        Assert.False(other.IsCompleted, "another route went out during the global pause");

        // The clock moves only here, so nothing can be sent until it has passed the second.
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.DoesNotContain(fake.Requests, r => r.Is("POST", "/channels/2/messages"));
        Assert.Single(fake.Requests, r => r.Is("POST", "/channels/1/messages"));
        time.Advance(TimeSpan.FromMilliseconds(1));
        await Task.WhenAll(first, other).WaitAsync(ct);

        Assert.Equal(2, fake.Requests.Count(r => r.Is("POST", "/channels/1/messages")));
        Assert.Single(fake.Requests, r => r.Is("POST", "/channels/2/messages"));
    }

    [Fact]
    public async Task Requests_AfterA401_AreRefusedWithoutReachingDiscord()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var fake = await FakeDiscord.StartAsync();
        using var rest = new DiscordRestClient(BotRun.Defaults(fake) with { Token = "wrong" }, TimeProvider.System, NullLogger.Instance);

        var first = await Assert.ThrowsAsync<DiscordRestException>(() => rest.CreateMessageAsync("1", s_hello, timeout.Token));
        var second = await Assert.ThrowsAsync<DiscordRestException>(() => rest.CreateMessageAsync("1", s_hello, timeout.Token));

        Assert.Equal(HttpStatusCode.Unauthorized, first.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, second.Status);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Requests_CarryBotAuthorizationUserAgentAndJson()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var fake = await FakeDiscord.StartAsync();
        using var rest = new DiscordRestClient(BotRun.Defaults(fake), TimeProvider.System, NullLogger.Instance);

        await rest.CreateMessageAsync("1", s_hello, timeout.Token);

        var request = Assert.Single(fake.Requests);
        Assert.Equal("Bot " + FakeDiscord.Token, request.Headers["Authorization"]);
        Assert.Matches(@"^DiscordBot \(https?://\S+, [\d.]+\)", request.Headers["User-Agent"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("hello", request.Json.GetProperty("content").GetString());
    }

    [Fact]
    public async Task CreateMessage_SharedScope429_HoldsTheWholeBucketUntilRetryAfter()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        var limits = new FakeLimits { SharedLimitChannelId = "1", SharedLimitAt = 1, SharedRetryAfter = TimeSpan.FromSeconds(1.5) };
        await using var fake = await FakeDiscord.StartAsync(limits);
        using var rest = new DiscordRestClient(BotRun.Defaults(fake), TimeProvider.System, NullLogger.Instance);

        var first = rest.CreateMessageAsync("1", s_hello, ct);
        await fake.WaitForAsync(r => r.Status == 429, ct);
        var second = rest.CreateMessageAsync("1", s_hello, ct);
        await Task.WhenAll(first, second).WaitAsync(ct);

        Assert.Empty(limits.SentInsideWait);
        Assert.Equal(3, fake.Requests.Count(r => r.Is("POST", "/channels/1/messages")));
        Assert.Equal(0, rest.InvalidRequests);
    }

    [Fact]
    public async Task CreateMessage_QueuedLongerThanTheTimeout_StillSent()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var fake = await FakeDiscord.StartAsync();
        var options = BotRun.Defaults(fake) with { RequestTimeout = TimeSpan.FromSeconds(0.5) };
        using var rest = new DiscordRestClient(options, TimeProvider.System, NullLogger.Instance);
        fake.Script(new ScriptedResponse("POST", "/channels/1/messages", 200, """{"id":"1"}""",
            new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "abc", ["X-RateLimit-Limit"] = "5", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "1.2" }));

        await rest.CreateMessageAsync("1", s_hello, timeout.Token);
        await rest.CreateMessageAsync("1", s_hello, timeout.Token);

        var sent = fake.Requests.Where(r => r.Is("POST", "/channels/1/messages")).ToList();
        Assert.Equal(2, sent.Count);
        Assert.True(sent[1].At - sent[0].At >= TimeSpan.FromSeconds(1.1), "the second request did not wait for the bucket");
    }

    [Fact]
    public async Task Requests_PastTheInvalidSoftLimit_HeldUntilOldRefusalsAgeOut()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ct = timeout.Token;
        await using var fake = await FakeDiscord.StartAsync();
        var time = new WatchedFakeTime();
        using var rest = new DiscordRestClient(BotRun.Defaults(fake) with { InvalidRequestSoftLimit = 2 }, time, NullLogger.Instance);
        for (var i = 0; i < 2; i++)
        {
            fake.Script(new ScriptedResponse("POST", "/channels/1/messages", 403, """{"message":"Missing Permissions","code":50013}"""));
        }

        var refused = await Assert.ThrowsAsync<DiscordRestException>(() => rest.CreateMessageAsync("1", s_hello, ct));
        await Assert.ThrowsAsync<DiscordRestException>(() => rest.CreateMessageAsync("1", s_hello, ct));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(2, rest.InvalidRequests);

        // Its first wait on the clock is the back-off; only the clock passing ten minutes lets it go.
        var held = rest.CreateMessageAsync("2", s_hello, ct);
        await Task.WhenAny(held, time.TimersCreatedAsync(1)).WaitAsync(ct);
        Assert.False(held.IsCompleted, "a request went out past the soft limit");
        time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        Assert.DoesNotContain(fake.Requests, r => r.Is("POST", "/channels/2/messages"));
        time.Advance(TimeSpan.FromMilliseconds(1));
        await held.WaitAsync(ct);

        Assert.Single(fake.Requests, r => r.Is("POST", "/channels/2/messages"));
        Assert.Equal(0, rest.InvalidRequests);
    }

    [Theory]
    [InlineData("POST", "/api/v10/channels/123/messages", "POST/channels/{major}/messages", "123")]
    [InlineData("PATCH", "/api/v10/webhooks/9/tok/messages/@original", "PATCH/webhooks/{major}/messages/@original", "9/tok")]
    [InlineData("POST", "/api/v10/interactions/5/tok/callback", "POST/interactions/{major}/callback", "5/tok")]
    [InlineData("PUT", "/api/v10/applications/77/guilds/88/commands", "PUT/applications/{id}/guilds/{major}/commands", "88")]
    [InlineData("GET", "/gateway/bot", "GET/gateway/bot", "")]
    public void RouteKey_Path_KeepsTheMajorParameterAndBlanksOtherIds(string method, string path, string route, string major)
    {
        Assert.Equal((route, major), RouteKey.For(new HttpMethod(method), path));
    }
}
