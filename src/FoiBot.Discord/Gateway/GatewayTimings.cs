namespace FoiBot.Discord.Gateway;

/// <summary>Every delay the gateway uses, so tests can shrink them; the defaults are Discord's and Discord.Net's.</summary>
internal sealed record GatewayTimings
{
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Added or taken away at random from each backoff, so many bots do not reconnect in step.</summary>
    public TimeSpan BackoffJitter { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long to wait for Hello, and for READY or RESUMED after identifying.</summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Discord allows one Identify per five seconds per concurrency bucket.</summary>
    public TimeSpan IdentifyInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The random wait before identifying after an Invalid Session that cannot be resumed.</summary>
    public TimeSpan InvalidSessionMinDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; init; } = TimeSpan.FromSeconds(5);
}
