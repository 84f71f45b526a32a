using FoiBot.Discord.Gateway;
using FoiBot.Discord.State;
using FoiBot.Testing;
using FoiBot.Discord.Tests.Fakes;

namespace FoiBot.Discord.Tests.State;

/// <summary>Shards in one concurrency bucket (shard id modulo max_concurrency) identify one per interval between them, across processes.</summary>
public sealed class IdentifyBucketTests : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly WatchedFakeTime _time = new();
    private readonly SqliteStateStore _store;
    private readonly GatewayTimings _timings = new() { IdentifyInterval = TimeSpan.FromSeconds(5) };

    public IdentifyBucketTests() => _store = SqliteStateStore.Open(Path.Combine(_folder.Path, "state.db"), 6, TimeSpan.FromMinutes(30), _time);

    [Fact]
    public async Task WaitAsync_TwoShardsOneBucket_SecondWaitsTheInterval()
    {
        await new IdentifyGate(_timings, _time, 0, _store) { MaxConcurrency = 1 }.WaitAsync(CancellationToken.None);
        var second = new IdentifyGate(_timings, _time, 1, _store) { MaxConcurrency = 1 }.WaitAsync(CancellationToken.None);

        // The second shard reaches its wait (a timer on the clock) and goes on only when the interval has passed.
        await _time.TimersCreatedAsync(1).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(5));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task WaitAsync_TwoShardsTwoBuckets_IdentifyTogether()
    {
        await new IdentifyGate(_timings, _time, 0, _store) { MaxConcurrency = 2 }.WaitAsync(CancellationToken.None);
        var second = new IdentifyGate(_timings, _time, 1, _store) { MaxConcurrency = 2 }.WaitAsync(CancellationToken.None);

        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, _time.TimersCreated);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }
}
