namespace FoiBot.Discord.Gateway;

/// <summary>Doubling reconnect delays with jitter, capped, back to the first delay after a session is established.</summary>
internal sealed class ReconnectBackoff(GatewayTimings timings, Random random)
{
    private TimeSpan _next = timings.FirstBackoff;

    public TimeSpan Next()
    {
        var jitter = timings.BackoffJitter * ((random.NextDouble() * 2) - 1);
        var delay = _next + jitter;
        _next = _next * 2 > timings.MaxBackoff ? timings.MaxBackoff : _next * 2;
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    public void Reset() => _next = timings.FirstBackoff;
}
