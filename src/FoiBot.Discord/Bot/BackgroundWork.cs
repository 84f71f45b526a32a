using System.Globalization;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Bot;

/// <summary>Runs each event's handling on its own task, logs what escapes, and lets shutdown wait for what is in flight.</summary>
internal sealed class BackgroundWork(ILogger logger, CancellationToken stopping)
{
    private readonly Dictionary<int, Task> _running = [];
    private readonly Lock _lock = new();
    private int _nextId;

    public void Start(Func<CancellationToken, Task> work)
    {
        // Registered under the lock before the work can finish and unregister itself.
        lock (_lock)
        {
            var id = _nextId++;
            _running[id] = Task.Run(async () =>
            {
                try
                {
                    await work(stopping).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
                {
                    Log.HandlerFailed(logger, "event", id.ToString(CultureInfo.InvariantCulture), ex);
                }
                finally
                {
                    lock (_lock)
                    {
                        _running.Remove(id);
                    }
                }
            }, CancellationToken.None);
        }
    }

    public Task DrainAsync()
    {
        lock (_lock)
        {
            return Task.WhenAll(_running.Values.ToArray());
        }
    }
}
