using FoiBot.Search;
using Microsoft.Extensions.Logging;

namespace FoiBot.Indexing;

/// <summary>
/// Keeps a long-running host (`serve`, the Discord bot) showing what `foibot index` adds in place: every interval it
/// refreshes the open index, which costs next to nothing when no commit is new. A full rebuild swaps in a new folder
/// that only a restart can open, so the first time it sees one it says so and stops.
/// </summary>
public sealed class IndexRefresher : IAsyncDisposable
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private IndexRefresher(LetterIndex index, string indexPath, TimeSpan interval, TimeProvider time, ILogger logger)
    {
        _loop = RunAsync(index, indexPath, interval, time, logger, _stop.Token);
    }

    public static IndexRefresher Start(LetterIndex index, string indexPath, TimeSpan interval, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        return new IndexRefresher(index, indexPath, interval, time, logger);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private static async Task RunAsync(LetterIndex index, string indexPath, TimeSpan interval, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (index.Refresh())
                {
                    Log.IndexRefreshed(logger, indexPath, index.LetterCount);
                }
            }
            catch (IndexNotFoundException)
            {
                Log.IndexRebuiltUnderHost(logger, indexPath);
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (IOException ex)
            {
                // A commit caught half-written or a file briefly locked: the next tick tries again.
                Log.IndexRefreshFailed(logger, indexPath, ex.Message);
            }
        }
    }
}
