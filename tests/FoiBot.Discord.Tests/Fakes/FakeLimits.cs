using System.Globalization;

namespace FoiBot.Discord.Tests.Fakes;

/// <summary>
/// Discord's limits as the fake enforces them when a test asks: a bucket per channel for posting messages, a shared
/// resource limit (a 429 with scope "shared") on one channel, a global limit per second, and one channel where the bot
/// lacks Send Messages. It counts what a real Discord would count against the bot: every 401, 403 and 429 it gives,
/// and every request that arrived while its bucket was still waiting.
/// </summary>
public sealed class FakeLimits
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ChannelBucket> _channels = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly List<string> _insideWait = [];

    public int MessagesPerWindow { get; init; } = 5;

    public TimeSpan MessageWindow { get; init; } = TimeSpan.FromSeconds(1);

    public int GlobalPerSecond { get; init; } = 50;

    /// <summary>A channel where posting or typing is refused with 403 (50013 Missing Permissions).</summary>
    public string? ForbiddenChannelId { get; init; }

    /// <summary>A channel whose Nth accepted message gets a shared-scope 429 instead, for <see cref="SharedRetryAfter"/>.</summary>
    public string? SharedLimitChannelId { get; init; }

    public int SharedLimitAt { get; init; } = 3;

    public TimeSpan SharedRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    public int InvalidRequests { get; private set; }

    public int GlobalRefusals { get; private set; }

    /// <summary>Requests sent while their bucket was spent or waiting out a 429, with why.</summary>
    public IReadOnlyList<string> SentInsideWait
    {
        get
        {
            lock (_lock)
            {
                return [.. _insideWait];
            }
        }
    }

    internal (int Status, string Body, Dictionary<string, string> Headers)? Judge(string method, string path, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (!path.StartsWith("/interactions/", StringComparison.Ordinal) && Global(now) is { } refused)
            {
                return refused;
            }

            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (method != "POST" || parts.Length != 3 || parts[0] != "channels")
            {
                return null;
            }

            if (parts[1] == ForbiddenChannelId)
            {
                return Invalid(403, """{"message":"Missing Permissions","code":50013}""", []);
            }

            return parts[2] == "messages" ? Message(parts[1], now) : null;
        }
    }

    internal void CountUnauthorized()
    {
        lock (_lock)
        {
            InvalidRequests++;
        }
    }

    private (int, string, Dictionary<string, string>)? Global(DateTimeOffset now)
    {
        while (_recent.Count > 0 && now - _recent.Peek() >= TimeSpan.FromSeconds(1))
        {
            _recent.Dequeue();
        }

        if (_recent.Count >= GlobalPerSecond)
        {
            GlobalRefusals++;
            var retry = Seconds(_recent.Peek() + TimeSpan.FromSeconds(1) - now);
            return Invalid(429, $$"""{"message":"You are being rate limited.","retry_after":{{retry}},"global":true}""",
                new() { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global", ["Retry-After"] = retry });
        }

        _recent.Enqueue(now);
        return null;
    }

    private (int, string, Dictionary<string, string>)? Message(string channelId, DateTimeOffset now)
    {
        if (!_channels.TryGetValue(channelId, out var bucket))
        {
            bucket = new ChannelBucket();
            _channels[channelId] = bucket;
        }

        if (now < bucket.SharedUntil)
        {
            _insideWait.Add($"{channelId} during a shared 429, {(bucket.SharedUntil - now).TotalMilliseconds:F0} ms early");
            return SharedRefusal(bucket, now);
        }

        if (now >= bucket.ResetAt)
        {
            bucket.Count = 0;
            bucket.ResetAt = now + MessageWindow;
        }

        if (bucket.Count >= MessagesPerWindow)
        {
            _insideWait.Add($"{channelId} with its bucket spent, {(bucket.ResetAt - now).TotalMilliseconds:F0} ms early");
            var retry = Seconds(bucket.ResetAt - now);
            return Invalid(429, $$"""{"message":"You are being rate limited.","retry_after":{{retry}},"global":false}""",
                Headers(bucket, now, new() { ["X-RateLimit-Scope"] = "user", ["Retry-After"] = retry }));
        }

        bucket.Accepted++;
        if (channelId == SharedLimitChannelId && bucket.Accepted == SharedLimitAt)
        {
            bucket.SharedUntil = now + SharedRetryAfter;
            return SharedRefusal(bucket, now);
        }

        bucket.Count++;
        return (200, "", Headers(bucket, now, []));
    }

    /// <summary>A shared limit says nothing about the bot's own bucket, whose headers still show requests left.</summary>
    private (int, string, Dictionary<string, string>) SharedRefusal(ChannelBucket bucket, DateTimeOffset now)
    {
        var retry = Seconds(bucket.SharedUntil - now);
        return Invalid(429, $$"""{"message":"The resource is being rate limited.","retry_after":{{retry}},"global":false}""",
            Headers(bucket, now, new() { ["X-RateLimit-Scope"] = "shared", ["Retry-After"] = retry }));
    }

    private Dictionary<string, string> Headers(ChannelBucket bucket, DateTimeOffset now, Dictionary<string, string> extra)
    {
        var resetAfter = bucket.ResetAt > now ? bucket.ResetAt - now : MessageWindow;
        extra["X-RateLimit-Bucket"] = "fake-messages";
        extra["X-RateLimit-Limit"] = MessagesPerWindow.ToString(CultureInfo.InvariantCulture);
        extra["X-RateLimit-Remaining"] = Math.Max(0, MessagesPerWindow - bucket.Count).ToString(CultureInfo.InvariantCulture);
        extra["X-RateLimit-Reset-After"] = Seconds(resetAfter);
        return extra;
    }

    private (int, string, Dictionary<string, string>) Invalid(int status, string body, Dictionary<string, string> headers)
    {
        InvalidRequests++;
        return (status, body, headers);
    }

    /// <summary>Rounded up to the millisecond, so a client that waits what it is told never arrives early.</summary>
    private static string Seconds(TimeSpan wait) =>
        (Math.Ceiling(Math.Max(0, wait.TotalMilliseconds)) / 1000).ToString("0.000", CultureInfo.InvariantCulture);

    private sealed class ChannelBucket
    {
        public int Count { get; set; }

        public int Accepted { get; set; }

        public DateTimeOffset ResetAt { get; set; }

        public DateTimeOffset SharedUntil { get; set; }
    }
}
