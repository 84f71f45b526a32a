namespace FoiBot.Discord.Rest;

/// <summary>
/// Discord bans an IP for a while once it has had 10,000 invalid responses (401, 403, and 429 other than a shared
/// limit's) in 10 minutes. This counts them over that window and, past a soft limit well below the ban, holds
/// every request until enough of them have aged out: a slow bot is better than a banned one.
/// </summary>
internal sealed class InvalidRequestBudget(int softLimit, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Queue<DateTimeOffset> _invalid = new();
    private readonly Lock _lock = new();

    /// <summary>Invalid responses in the last ten minutes.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                Prune(time.GetUtcNow());
                return _invalid.Count;
            }
        }
    }

    /// <summary>Counts the response if Discord counts it; true when that takes the count to the soft limit.</summary>
    public bool Record(int status, string? scope)
    {
        var counts = status is 401 or 403 || (status == 429 && !string.Equals(scope, "shared", StringComparison.OrdinalIgnoreCase));
        if (!counts)
        {
            return false;
        }

        lock (_lock)
        {
            var now = time.GetUtcNow();
            Prune(now);
            _invalid.Enqueue(now);
            return _invalid.Count == softLimit;
        }
    }

    /// <summary>Returns at once below the soft limit; otherwise waits until the count has fallen below it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                Prune(now);
                if (_invalid.Count < softLimit)
                {
                    return;
                }

                // The oldest that must go for the count to drop below the limit.
                wait = _invalid.ElementAt(_invalid.Count - softLimit) + Window - now;
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (_invalid.Count > 0 && now - _invalid.Peek() >= Window)
        {
            _invalid.Dequeue();
        }
    }
}
