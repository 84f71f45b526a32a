namespace FoiBot.Discord.Gateway;

/// <summary>
/// Keeps Identify within Discord's limits: one per interval, and none while the daily session-start budget is spent
/// (going over it makes Discord reset the bot's token).
/// </summary>
internal sealed class IdentifyGate(GatewayTimings timings, TimeProvider time)
{
    private DateTimeOffset _nextAllowed = DateTimeOffset.MinValue;

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

        _nextAllowed = time.GetUtcNow() + timings.IdentifyInterval;
    }
}
