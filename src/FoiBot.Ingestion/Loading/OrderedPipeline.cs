using System.Runtime.ExceptionServices;

namespace FoiBot.Ingestion.Loading;

/// <summary>
/// Runs one piece of work per item on a few threads and hands the results back in item order. Workers run at most
/// <c>window</c> items ahead of the consumer, so however long the input, only that many results are ever held.
/// </summary>
internal sealed class OrderedPipeline<T>
{
    private readonly int _count;
    private readonly int _window;
    private readonly Func<int, CancellationToken, T> _work;
    private readonly SemaphoreSlim _free;
    private readonly SemaphoreSlim[] _ready;
    private readonly (T? Value, ExceptionDispatchInfo? Error)[] _slots;
    private int _next;
    private int _inFlight;
    private int _peakInFlight;

    private OrderedPipeline(int count, int window, Func<int, CancellationToken, T> work)
    {
        _count = count;
        _window = window;
        _work = work;
        _free = new SemaphoreSlim(window);
        _ready = [.. Enumerable.Range(0, window).Select(_ => new SemaphoreSlim(0, 1))];
        _slots = new (T?, ExceptionDispatchInfo?)[window];
    }

    /// <summary>The results of <paramref name="work"/> for items 0 to <paramref name="count"/> - 1, in that order.</summary>
    /// <param name="peakInFlight">Receives, after each item, the most items taken but not yet handed back at once (never above <paramref name="window"/>).</param>
    public static IEnumerable<T> Run(
        int count, int degree, int window, Func<int, CancellationToken, T> work, Action<int>? peakInFlight, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        ArgumentNullException.ThrowIfNull(work);
        return new OrderedPipeline<T>(count, window, work).Consume(Math.Min(degree, Math.Max(count, 1)), peakInFlight, cancellationToken);
    }

    private IEnumerable<T> Consume(int degree, Action<int>? peakInFlight, CancellationToken cancellationToken)
    {
        if (_count == 0)
        {
            yield break;
        }

        // Stopped when the consumer leaves early (break, an exception, cancellation), so no worker outlives the loop.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = new Task[degree];
        for (var w = 0; w < degree; w++)
        {
            workers[w] = Task.Factory.StartNew(() => Work(stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            for (var i = 0; i < _count; i++)
            {
                var slot = i % _window;
                _ready[slot].Wait(cancellationToken);
                var (value, error) = _slots[slot];
                _slots[slot] = default;
                Interlocked.Decrement(ref _inFlight);
                _free.Release();
                error?.Throw();
                peakInFlight?.Invoke(Volatile.Read(ref _peakInFlight));
                yield return value!;
            }
        }
        finally
        {
            stop.Cancel();
            Task.WaitAll(workers);
        }
    }

    private void Work(CancellationToken stop)
    {
        while (true)
        {
            try
            {
                _free.Wait(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            // Taking a free place before an index means item i is only taken once item i - window has been handed back, so its slot is empty.
            var i = Interlocked.Increment(ref _next) - 1;
            if (i >= _count)
            {
                return;
            }

            var inFlight = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _peakInFlight, inFlight);
            try
            {
                _slots[i % _window] = (_work(i, stop), null);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Handed to the consumer, in order, rather than lost on a worker thread.
                _slots[i % _window] = (default, ExceptionDispatchInfo.Capture(ex));
            }

            _ready[i % _window].Release();
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
