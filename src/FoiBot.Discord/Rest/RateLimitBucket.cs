namespace FoiBot.Discord.Rest;

/// <summary>One Discord rate-limit bucket: requests through it go one at a time and wait when it is spent or held.</summary>
internal sealed class RateLimitBucket
{
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);

    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;
    private DateTimeOffset _heldUntil;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>From a response's headers: requests left, and when the bucket refills.</summary>
    public void Update(DateTimeOffset now, int remaining, TimeSpan resetAfter)
    {
        lock (_lock)
        {
            _remaining = remaining;
            _resetAt = now + resetAfter;
        }
    }

    /// <summary>A 429 on this bucket, of any scope: nothing goes through it until the wait has passed.</summary>
    public void HoldFor(DateTimeOffset now, TimeSpan wait)
    {
        lock (_lock)
        {
            var until = now + wait;
            _heldUntil = until > _heldUntil ? until : _heldUntil;
        }
    }

    public TimeSpan WaitNeeded(DateTimeOffset now)
    {
        lock (_lock)
        {
            var until = _heldUntil;
            if (_remaining == 0 && _resetAt > until)
            {
                until = _resetAt;
            }

            if (until == default)
            {
                return TimeSpan.Zero;
            }

            // Discord's clock and ours differ by a little, and timers fire a little early: a request a few
            // milliseconds before the reset is a 429, so the wait ends a little after it.
            until += Margin;
            return until > now ? until - now : TimeSpan.Zero;
        }
    }
}
