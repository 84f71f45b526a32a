using FoiBot.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FoiBot.Indexing;

/// <summary>
/// Owns the host's <see cref="CorpusWatcher"/>: started before any other service starts, so the index is followed
/// before anything answers from it, and disposed when the host stops. Its health is the host's <see cref="IndexHealth"/>.
/// </summary>
internal sealed class IndexFollower(
    IndexStore store,
    LetterIndex index,
    IndexOpener opener,
    IndexHealth health,
    IOptions<FoiBotOptions> options,
    TimeProvider time,
    ILogger<CorpusWatcher> logger) : IHostedLifecycleService, IAsyncDisposable
{
    private CorpusWatcher? _watcher;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _watcher = CorpusWatcher.Start(
            store, index, opener.IndexPath, opener.Roots(), CorpusWatcher.DefaultQuiet, time, logger, follow: options.Value.WatchCorpus, health: health);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Also reached when the host fails to start after this service did, and is disposed without stopping.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _watcher, null) is { } watcher)
        {
            await watcher.DisposeAsync().ConfigureAwait(false);
        }
    }
}
