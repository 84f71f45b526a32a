namespace FoiBot.Discord.Rest;

/// <summary>One Discord rate-limit bucket: requests through it go one at a time and wait when it is spent.</summary>
internal sealed class RateLimitBucket
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Requests left before <see cref="ResetAt"/>; null until Discord has said.</summary>
    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }

    public TimeSpan WaitNeeded(DateTimeOffset now) => Remaining == 0 && ResetAt > now ? ResetAt - now : TimeSpan.Zero;
}
