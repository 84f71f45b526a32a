using Microsoft.Extensions.Time.Testing;

namespace FoiBot.Discord.Tests.Fakes;

/// <summary>
/// Fake time that also tells the test when the code under test starts waiting on it. A Task.Delay on this clock
/// creates a timer, so once the Nth timer exists the code has reached its Nth wait and moves on only when the test
/// advances the clock: no sleep needed to know it got there.
/// </summary>
public sealed class WatchedFakeTime : FakeTimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private int _created;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_lock)
        {
            _created++;
            foreach (var waiter in _waiters.Where(w => w.Count <= _created).ToList())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        return timer;
    }

    public int TimersCreated
    {
        get
        {
            lock (_lock)
            {
                return _created;
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> timers have been created on this clock in all.</summary>
    public Task TimersCreatedAsync(int count)
    {
        lock (_lock)
        {
            if (_created >= count)
            {
                return Task.CompletedTask;
            }

            // Run elsewhere, so the test never continues inside the code that is creating a timer.
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, reached));
            return reached.Task;
        }
    }
}
