namespace FoiBot.Discord.Gateway;

/// <summary>
/// Discord's gateway send limit: 120 events a connection in any 60 s, or it closes with 4008. A few of those are
/// kept for heartbeats, so that however busy the other sends are, a heartbeat never waits and the connection never
/// looks dead.
/// </summary>
internal sealed class GatewaySendBudget(TimeProvider time, int limit = 120, int reservedForHeartbeats = 3, TimeSpan? window = null)
{
    private readonly TimeSpan _window = window ?? TimeSpan.FromSeconds(60);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _gate = new();

    /// <summary>Takes a send if the budget allows one now and returns zero; otherwise returns how long to wait first.</summary>
    public TimeSpan TryTake(bool heartbeat)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            while (_sent.Count > 0 && now - _sent.Peek() >= _window)
            {
                _sent.Dequeue();
            }

            var allowed = heartbeat ? limit : limit - reservedForHeartbeats;
            if (_sent.Count < allowed)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            // The oldest sends leave the window first; this send may go once enough of them have.
            var oldestThatMustLeave = _sent.ElementAt(_sent.Count - allowed);
            return oldestThatMustLeave + _window - now;
        }
    }
}
