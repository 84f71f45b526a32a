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

    private Queue<DateTimeOffset> Window(string key, DateTimeOffset now)
    {
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
