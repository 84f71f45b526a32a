namespace FoiBot.Discord.Rest;

/// <summary>
/// Discord's global limit (50 requests a second) kept with headroom at <paramref name="perSecond"/>, and a full stop
/// while a global 429 lasts.
/// </summary>
internal sealed class GlobalRateLimit(int perSecond, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private DateTimeOffset _pausedUntil;

    public void PauseFor(TimeSpan wait)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + wait;
            _pausedUntil = until > _pausedUntil ? until : _pausedUntil;
        }
    }

    /// <summary>Waits out a global pause; counts the request against the per-second limit unless it is exempt.</summary>
    public async Task WaitAsync(bool counts, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = Reserve(counts);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan Reserve(bool counts)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_pausedUntil > now)
            {
                return _pausedUntil - now;
            }

            if (!counts)
            {
                return TimeSpan.Zero;
            }

            while (_recent.Count > 0 && now - _recent.Peek() >= TimeSpan.FromSeconds(1))
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= perSecond)
            {
                return _recent.Peek() + TimeSpan.FromSeconds(1) - now;
            }

            _recent.Enqueue(now);
            return TimeSpan.Zero;
        }
    }
}
