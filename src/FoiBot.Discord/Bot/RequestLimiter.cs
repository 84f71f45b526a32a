namespace FoiBot.Discord.Bot;

/// <summary>Per-user and per-channel sliding windows, so one person or one busy channel cannot monopolise the bot.</summary>
internal sealed class RequestLimiter(DiscordOptions options, TimeProvider time)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _windows = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Counts the request and returns true when both the user and the channel are within their limits.</summary>
    public bool TryAcquire(string userId, string channelId)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var user = Window("u:" + userId, now);
            var channel = Window("c:" + channelId, now);
            if (user.Count >= options.UserRequestsPerWindow || channel.Count >= options.ChannelRequestsPerWindow)
            {
                return false;
            }

            user.Enqueue(now);
            channel.Enqueue(now);
            return true;
        }
    }

    private const int PruneAbove = 10_000;

    private Queue<DateTimeOffset> Window(string key, DateTimeOffset now)
    {
        if (_windows.Count > PruneAbove)
        {
            // Forget people and channels whose window has passed, so a long-running bot does not grow without end.
            foreach (var stale in _windows.Where(w => w.Value.Count == 0 || now - w.Value.Last() >= options.RateLimitWindow).Select(w => w.Key).ToList())
            {
                _windows.Remove(stale);
            }
        }

        if (!_windows.TryGetValue(key, out var window))
        {
            window = new Queue<DateTimeOffset>();
            _windows[key] = window;
        }

        while (window.Count > 0 && now - window.Peek() >= options.RateLimitWindow)
        {
            window.Dequeue();
        }

        return window;
    }
}
