using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace FoiBot.Cli.Tests.Import;

/// <summary>A fake clock that also keeps how long each wait started on it was, so a test advances it only once the wait is under way.</summary>
internal sealed class RecordingTime : TimeProvider
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    public IReadOnlyList<TimeSpan> Waits => [.. _waits];

    public override DateTimeOffset GetUtcNow() => _clock.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _waits.Enqueue(dueTime);
        return _clock.CreateTimer(callback, state, dueTime, period);
    }

    public void Advance(TimeSpan by) => _clock.Advance(by);
}
