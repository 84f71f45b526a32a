namespace FoiBot.Answering.SemanticKernel.Tests;

/// <summary>
/// A clock on which waits shorter than <see cref="Horizon"/> end at once and longer ones never do, recording what was
/// asked for: retry delays are seen without being waited, while a call's time limit never fires.
/// </summary>
internal sealed class InstantTimeProvider : TimeProvider
{
    public static readonly TimeSpan Horizon = TimeSpan.FromMinutes(1);

    private readonly List<TimeSpan> _waits = [];

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_waits)
            {
                return _waits.ToList();
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_waits)
        {
            _waits.Add(dueTime);
        }

        if (dueTime >= TimeSpan.Zero && dueTime < Horizon)
        {
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new NeverTimer();
    }

    private sealed class NeverTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
