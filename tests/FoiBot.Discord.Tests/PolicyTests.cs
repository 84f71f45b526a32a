using FoiBot.Discord.Bot;
using FoiBot.Discord.Gateway;
using FoiBot.Testing;

namespace FoiBot.Discord.Tests;

/// <summary>The small decisions: what each close code means, how backoff grows, when a user is asked to slow down.</summary>
public sealed class PolicyTests
{
    [Theory]
    [InlineData(4004, "Fatal")]
    [InlineData(4010, "Fatal")]
    [InlineData(4011, "Fatal")]
    [InlineData(4012, "Fatal")]
    [InlineData(4013, "Fatal")]
    [InlineData(4014, "Fatal")]
    [InlineData(4003, "Identify")]
    [InlineData(4007, "Identify")]
    [InlineData(4009, "Identify")]
    [InlineData(4000, "Resume")]
    [InlineData(4001, "Resume")]
    [InlineData(4002, "Resume")]
    [InlineData(4005, "Resume")]
    [InlineData(4008, "Resume")]
    [InlineData(1000, "Resume")]
    [InlineData(1001, "Resume")]
    [InlineData(1006, "Resume")]
    [InlineData(null, "Resume")]
    public void Classify_CloseCode_FollowsTheBriefsTable(int? code, string expected)
    {
        Assert.Equal(expected, CloseCodes.Classify(code).ToString());
    }

    [Fact]
    public void Backoff_Repeated_DoublesWithinJitterUpToTheCapAndResets()
    {
        var timings = new GatewayTimings();
        var backoff = new ReconnectBackoff(timings, new Random(3));

        var delays = Enumerable.Range(0, 10).Select(_ => backoff.Next().TotalSeconds).ToList();
        backoff.Reset();
        var afterReset = backoff.Next().TotalSeconds;

        double[] expected = [1, 2, 4, 8, 16, 32, 60, 60, 60, 60];
        Assert.All(delays.Zip(expected), p => Assert.InRange(p.First, p.Second - 0.25, p.Second + 0.25));
        Assert.InRange(afterReset, 0.75, 1.25);
        Assert.True(delays.Distinct().Count() > 5, "jitter varies the delays");
    }

    [Fact]
    public void TryAcquire_OverUserLimit_RefusedUntilTheWindowPasses()
    {
        var time = new ManualTime();
        var limiter = new RequestLimiter(new DiscordOptions { UserRequestsPerWindow = 2, ChannelRequestsPerWindow = 10 }, time);

        Assert.True(limiter.TryAcquire("u1", "c1"));
        Assert.True(limiter.TryAcquire("u1", "c1"));
        Assert.False(limiter.TryAcquire("u1", "c1"));
        Assert.True(limiter.TryAcquire("u2", "c1"));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(limiter.TryAcquire("u1", "c1"));
    }

    [Fact]
    public void TryAcquire_OverChannelLimit_RefusesEveryoneInThatChannelOnly()
    {
        var limiter = new RequestLimiter(new DiscordOptions { UserRequestsPerWindow = 10, ChannelRequestsPerWindow = 2 }, new ManualTime());

        Assert.True(limiter.TryAcquire("u1", "busy"));
        Assert.True(limiter.TryAcquire("u2", "busy"));
        Assert.False(limiter.TryAcquire("u3", "busy"));
        Assert.True(limiter.TryAcquire("u3", "quiet"));
    }
}
