using System.Diagnostics;
using System.Threading.Channels;
using FoiBot.Ingestion.Corpus;
using FoiBot.Search;
using Microsoft.Extensions.Logging;

namespace FoiBot.Indexing;

/// <summary>
/// Keeps a long-running host's index in step with its corpus folders as letters arrive, change and leave. Told by the
/// file system that something changed, it waits until the folders have been quiet for a moment, updates the index
/// for just those files, and refreshes the open index. What it cannot follow file by file (a folder moved in or out,
/// events the operating system dropped, the index changed by another process) gets a comparison of every file instead.
/// </summary>
/// <remarks>
/// A provenance table (SOURCES.md, sources.csv) changes what every letter says, so an edit to one is only reported:
/// `foibot index` rebuilds, and a restart reads the rebuilt index. A failed update (another process holding the index
/// for writing, say) keeps its files and is tried again, so no change is lost.
/// </remarks>
public sealed class CorpusWatcher : IAsyncDisposable
{
    /// <summary>How long the folders must be quiet before an update: long enough for a copy to finish, short enough to feel instant.</summary>
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(100);

    /// <summary>Under a steady stream of changes, an update still starts after this long.</summary>
    private static readonly TimeSpan s_longestWait = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan s_retry = TimeSpan.FromSeconds(1);

    private readonly IndexStore _store;
    private readonly LetterIndex _index;
    private readonly string _indexPath;
    private readonly IReadOnlyList<string> _roots;
    private readonly TimeSpan _quiet;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly List<FileSystemWatcher> _watchers = [];

    /// <summary>Changes as the file system reports them.</summary>
    private readonly Channel<Change> _changes = Channel.CreateUnbounded<Change>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _loop = Task.CompletedTask;

    // The corpus as last indexed: the provenance tables its letters were read with (no letter list), the letter files
    // by path, and the running fingerprint of both, whose value is what the index was committed with.
    private CorpusScan? _tables;
    private Dictionary<string, CorpusFile> _letters = new(StringComparer.Ordinal);
    private CorpusFingerprint? _sum;
    private bool _halted;

    private CorpusWatcher(IndexStore store, LetterIndex index, string indexPath, IReadOnlyList<string> roots, TimeSpan quiet, TimeProvider time, ILogger logger)
    {
        _store = store;
        _index = index;
        _indexPath = indexPath;
        _roots = roots;
        _quiet = quiet;
        _time = time;
        _logger = logger;
    }

    /// <summary>Completes once the watcher has compared the corpus with the index and is following changes.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Starts watching <paramref name="roots"/>; folders that cannot be watched are reported and left to `foibot index`.</summary>
    public static CorpusWatcher Start(IndexStore store, LetterIndex index, string indexPath, IReadOnlyList<string> roots, TimeSpan quiet, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(quiet, TimeSpan.Zero);
        var watcher = new CorpusWatcher(store, index, indexPath, roots, quiet, time, logger);
        watcher.Watch();
        watcher._loop = watcher.RunAsync(watcher._stop.Token);
        return watcher;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private void Watch()
    {
        foreach (var root in _roots)
        {
            try
            {
                var watcher = new FileSystemWatcher(root)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                    InternalBufferSize = 64 * 1024,
                };
                watcher.Created += (_, e) => _changes.Writer.TryWrite(new Change(e.FullPath, Named: true));
                watcher.Changed += (_, e) => _changes.Writer.TryWrite(new Change(e.FullPath, Named: false));
                watcher.Deleted += (_, e) => _changes.Writer.TryWrite(new Change(e.FullPath, Named: true));
                watcher.Renamed += (_, e) =>
                {
                    _changes.Writer.TryWrite(new Change(e.OldFullPath, Named: true));
                    _changes.Writer.TryWrite(new Change(e.FullPath, Named: true));
                };
                watcher.Error += (_, _) => _changes.Writer.TryWrite(new Change(null, Named: true));
                watcher.EnableRaisingEvents = true;
                _watchers.Add(watcher);
            }
            catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                // A missing folder, or the system's limit on watches reached.
                Log.CorpusWatchUnavailable(_logger, root, ex.Message);
            }
        }

        Log.CorpusWatched(_logger, _watchers.Count);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        // Off the caller's thread: the first comparison walks the whole corpus.
        await Task.Yield();
        var pending = new Dictionary<string, bool>(StringComparer.Ordinal);

        // Files may have changed between the host opening the index and the watches starting, so the first round compares everything.
        var resync = true;
        while (!cancellationToken.IsCancellationRequested && !_halted)
        {
            try
            {
                if (!resync && pending.Count == 0)
                {
                    if (!_ready.Task.IsCompleted)
                    {
                        WarmUp(cancellationToken);
                        _ready.TrySetResult();
                    }

                    resync = await GatherAsync(pending, cancellationToken).ConfigureAwait(false);
                }

                var started = Stopwatch.GetTimestamp();
                var summary = resync ? Resync() : Follow(pending);
                resync = false;
                pending.Clear();
                if (summary is not null)
                {
                    _index.Refresh();
                    Log.CorpusFollowed(_logger, _indexPath, summary.Added, summary.Changed, summary.Removed, summary.Letters, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (IndexNotFoundException)
            {
                Log.IndexRebuiltUnderHost(_logger, _indexPath);
                break;
            }
            catch (ObjectDisposedException)
            {
                break;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another process writing the index, or a file locked: the same changes are tried again shortly.
                Log.CorpusFollowFailed(_logger, ex.Message);
                await Task.Delay(s_retry, _time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (Exception ex)
            {
                // A fault of FoiBot's own: following stops, said plainly, and the host keeps answering from what it has.
                Log.CorpusFollowStopped(_logger, ex);
                break;
            }
        }

        _ready.TrySetResult();
    }

    /// <summary>Compiles the update path before the first change arrives; skipped, at no cost but that first change's speed, when another process holds the index.</summary>
    private void WarmUp(CancellationToken cancellationToken)
    {
        try
        {
            if (_tables is not null && _letters.Values.FirstOrDefault() is { } file)
            {
                _store.WarmUp(_indexPath, _tables, file, cancellationToken);
            }
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Waits for changes, then until the folders are quiet; true when the file system lost some and only a full comparison will do.</summary>
    private async Task<bool> GatherAsync(Dictionary<string, bool> pending, CancellationToken cancellationToken)
    {
        var lost = false;
        var reader = _changes.Reader;
        var first = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var started = _time.GetTimestamp();
        Add(first);
        while (_time.GetElapsedTime(started) < s_longestWait)
        {
            while (reader.TryRead(out var path))
            {
                Add(path);
            }

            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var more = reader.WaitToReadAsync(quiet.Token).AsTask();
            var waited = await Task.WhenAny(more, Task.Delay(_quiet, _time, quiet.Token)).ConfigureAwait(false);
            await quiet.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (waited != more)
            {
                break;
            }
        }

        return lost;

        void Add(Change change)
        {
            if (change.Path is null)
            {
                lost = true;
            }
            else
            {
                pending[change.Path] = pending.GetValueOrDefault(change.Path) || change.Named;
            }
        }
    }

    /// <summary>Compares every file with the index and updates what differs.</summary>
    private IndexUpdateSummary? Resync()
    {
        var scan = _store.Scan(_roots, _stop.Token);
        if (_tables is not null)
        {
            // Provenance tables are applied by a rebuild only; until then letters are read with those the index was built with.
            scan = scan with { Manifest = _tables.Manifest, ManifestFiles = _tables.ManifestFiles };
        }

        _index.Refresh();
        var committed = _index.BuildInfo.CorpusFingerprint;
        var sum = scan.StartFingerprint();
        if (sum.Value == committed)
        {
            Remember(scan, sum);
            return null;
        }

        var summary = _store.TryUpdate(_indexPath, scan, _stop.Token);
        if (summary is null)
        {
            // The tables changed (or the last one went) between the host opening the index and the watch starting:
            // nothing can be followed until a rebuild.
            foreach (var path in scan.ManifestFiles.Count > 0 ? scan.ManifestFiles.Select(m => m.FullPath) : _roots)
            {
                Log.ProvenanceChangedUnderHost(_logger, path);
            }

            _halted = true;
            return null;
        }

        Remember(scan, sum);
        return summary;
    }

    /// <summary>Updates the index for the files at <paramref name="paths"/> only, falling back to <see cref="Resync"/> where it must.</summary>
    /// <param name="paths">Each changed path, and whether it was created, deleted or renamed rather than written to.</param>
    private IndexUpdateSummary? Follow(Dictionary<string, bool> paths)
    {
        if (_tables is null || _sum is null)
        {
            return Resync();
        }

        // What each path is now: a letter file, or nothing (null) where a letter file was.
        var changes = new Dictionary<string, CorpusFile?>(StringComparer.Ordinal);
        foreach (var (path, named) in paths)
        {
            var look = _store.Look(_roots, path);
            switch (look.Kind)
            {
                case CorpusPathKind.Folder when !named:
                    // A folder's own last-write time moves when a file in it changes; that file has its own event.
                    break;
                case CorpusPathKind.Folder when look.FullPath == look.Root:
                    Log.CorpusWatchResync(_logger, "a corpus folder itself was replaced");
                    return Resync();
                case CorpusPathKind.Folder:
                    // Moved or copied in whole: its letters are listed as a scan would list them, and those it no longer holds leave.
                    var under = _store.ScanFolder(_roots, look.FullPath, _stop.Token);
                    foreach (var manifest in under.ManifestFiles)
                    {
                        Log.ProvenanceChangedUnderHost(_logger, manifest.FullPath);
                    }

                    foreach (var gone in LettersUnder(look.FullPath))
                    {
                        changes[gone] = null;
                    }

                    foreach (var file in under.Files)
                    {
                        changes[file.FullPath] = file;
                    }

                    break;
                case CorpusPathKind.Missing when !_letters.ContainsKey(look.FullPath):
                    // A folder removed or moved out takes its letters with it; otherwise nothing the index holds was here.
                    foreach (var gone in LettersUnder(look.FullPath))
                    {
                        changes[gone] = null;
                    }

                    if (_tables.ManifestFiles.Any(m => m.FullPath == look.FullPath))
                    {
                        Log.ProvenanceChangedUnderHost(_logger, look.FullPath);
                    }

                    break;
                case CorpusPathKind.Manifest:
                case CorpusPathKind.Ignored when _tables.ManifestFiles.Any(m => m.FullPath == look.FullPath):
                    Log.ProvenanceChangedUnderHost(_logger, look.FullPath);
                    break;
                case CorpusPathKind.Letter:
                    changes[look.FullPath] = look.File;
                    break;
                default:
                    if (_letters.ContainsKey(look.FullPath))
                    {
                        changes[look.FullPath] = null;
                    }

                    break;
            }
        }

        if (changes.Count == 0)
        {
            return null;
        }

        // The corpus map changes only once the index has taken the update, so a failed one is retried on the same changes.
        var sum = _sum.Clone();
        foreach (var (path, now) in changes)
        {
            if (_letters.GetValueOrDefault(path) is { } was)
            {
                sum.Remove(was);
            }

            if (now is not null)
            {
                sum.Add(now);
            }
        }

        var summary = _store.TryUpdate(
            _indexPath, _tables, path => changes.TryGetValue(path, out var now) ? now : _letters.GetValueOrDefault(path), [.. changes.Keys], _sum.Value, sum.Value, _stop.Token);
        if (summary is not null)
        {
            foreach (var (path, now) in changes)
            {
                if (now is null)
                {
                    _letters.Remove(path);
                }
                else
                {
                    _letters[path] = now;
                }
            }

            _sum = sum;
            return summary;
        }

        Log.CorpusWatchResync(_logger, "the index changed outside this host");
        return Resync();

        List<string> LettersUnder(string folder)
        {
            var prefix = folder + Path.DirectorySeparatorChar;
            return [.. _letters.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))];
        }
    }

    /// <param name="sum">The running fingerprint of <paramref name="scan"/>, which the index is now committed with.</param>
    private void Remember(CorpusScan scan, CorpusFingerprint sum)
    {
        _tables = scan with { Files = [] };
        _letters = scan.Files.ToDictionary(f => f.FullPath, StringComparer.Ordinal);
        _sum = sum;
    }

    /// <summary>One report from the file system; a null path means it dropped reports.</summary>
    /// <param name="Named">Created, deleted or renamed, rather than written to.</param>
    private readonly record struct Change(string? Path, bool Named);
}
