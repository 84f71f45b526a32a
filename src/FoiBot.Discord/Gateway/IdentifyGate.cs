using FoiBot.Discord.State;

namespace FoiBot.Discord.Gateway;

/// <summary>
/// Keeps Identify within Discord's limits: one per interval per concurrency bucket (shard id modulo the
/// max_concurrency GET /gateway/bot gives, counted in the shared store so shard processes agree), and none while the
/// daily session-start budget is spent (going over it makes Discord reset the bot's token).
/// </summary>
internal sealed class IdentifyGate(GatewayTimings timings, TimeProvider time, int shardId = 0, ISharedRateLimit? shared = null)
{
    private DateTimeOffset _nextAllowed = DateTimeOffset.MinValue;

    /// <summary>From GET /gateway/bot: how many shards may identify at once, each in its own bucket.</summary>
    public int MaxConcurrency { get; set; } = 1;

    public string BucketKey => $"identify:{shardId % Math.Max(1, MaxConcurrency)}";

    public void BudgetSpentFor(TimeSpan resetAfter)
    {
        var until = time.GetUtcNow() + resetAfter;
        _nextAllowed = until > _nextAllowed ? until : _nextAllowed;
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var wait = _nextAllowed - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        while (shared is not null && await shared.TryReserveAsync(BucketKey, 1, timings.IdentifyInterval, cancellationToken).ConfigureAwait(false) is { } shareWait && shareWait > TimeSpan.Zero)
        {
            await Task.Delay(shareWait, time, cancellationToken).ConfigureAwait(false);
        }

        _nextAllowed = time.GetUtcNow() + timings.IdentifyInterval;
    }
}
