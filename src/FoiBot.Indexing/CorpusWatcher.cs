using System.Diagnostics;
using System.Threading.Channels;
using FoiBot.Ingestion.Corpus;
using FoiBot.Search;
using Microsoft.Extensions.Logging;

namespace FoiBot.Indexing;

/// <summary>
/// Keeps a long-running host's open index in step with its corpus folders and with what other processes commit. Told
/// by the file system that something changed, it waits until the folders have been quiet for a moment, updates the
/// index for just those files, and refreshes the open index. What it cannot follow file by file (a folder moved in or
/// out, events the operating system dropped) gets a comparison of every file instead. Every check interval it also
/// refreshes the open index, so a commit or a rebuild by `foibot index` is answered from without a restart.
/// </summary>
/// <remarks>
/// It never loses letters on account of the corpus: a folder that goes missing or unreadable stops all updates (and
/// is reported on <see cref="Health"/>) until it is back, when everything is compared again; an update that would
/// leave no letter is not committed. The folders it follows are the index's own: when another process commits the
/// index (with other folders, say), the watcher adopts that commit and its folders instead of writing over it. A
/// provenance table (SOURCES.md, sources.csv) changes what every letter says, so an edit to one is only reported:
/// `foibot index` rebuilds, and the watcher adopts the rebuilt index. A failed update (another process holding the
/// index for writing, say) keeps its files and is tried again, so no change is lost.
/// </remarks>
public sealed class CorpusWatcher : IAsyncDisposable
{
    /// <summary>How long the folders must be quiet before an update: long enough for a copy to finish, short enough to feel instant.</summary>
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(100);

    /// <summary>How often the open index is refreshed and the folders checked, when nothing else wakes the watcher.</summary>
    public static readonly TimeSpan DefaultCheckInterval = TimeSpan.FromSeconds(1);

    /// <summary>Under a steady stream of changes, an update still starts after this long.</summary>
    private static readonly TimeSpan s_longestWait = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan s_retry = TimeSpan.FromSeconds(1);

    private readonly IndexStore _store;
    private readonly LetterIndex _index;
    private readonly string _indexPath;
    private readonly bool _follow;
    private readonly TimeSpan _quiet;
    private readonly TimeSpan _checkInterval;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);

    /// <summary>Changes as the file system reports them.</summary>
    private readonly Channel<Change> _changes = Channel.CreateUnbounded<Change>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _loop = Task.CompletedTask;

    // The folders followed: the index's own, as its last commit records them.
    private IReadOnlyList<string> _roots;
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);

    // The corpus as last indexed: the provenance tables its letters were read with (no letter list), the letter files
    // by path, and the running fingerprint of both, whose value is what the index was committed with.
    private CorpusScan? _tables;
    private Dictionary<string, CorpusFile> _letters = new(StringComparer.Ordinal);
    private CorpusFingerprint? _sum;

    // The committed corpus fingerprint this watcher last knew of; another value in the commit means another process committed.
    private string? _known;

    // Why following stopped (a provenance table changed before the start, a fault of our own); null while following.
    private string? _halted;

    private CorpusWatcher(IndexStore store, LetterIndex index, string indexPath, IReadOnlyList<string> roots, bool follow, TimeSpan quiet, TimeSpan checkInterval, TimeProvider time, ILogger logger, IndexHealth health)
    {
        _store = store;
        _index = index;
        _indexPath = indexPath;
        _roots = CorpusRoots.Normalise(roots);
        _follow = follow;
        _quiet = quiet;
        _checkInterval = checkInterval;
        _time = time;
        _logger = logger;
        Health = health;
    }

    /// <summary>Completes once the watcher has compared the corpus with the index and is following changes.</summary>
    public Task Ready => _ready.Task;

    /// <summary>What the index is short of now: folders missing, following stopped, the index unreadable.</summary>
    public IndexHealth Health { get; }

    /// <summary>The folders followed now: the index's own.</summary>
    public IReadOnlyList<string> Roots => Volatile.Read(ref _roots);

    /// <summary>
    /// Starts following <paramref name="roots"/> (when <paramref name="follow"/>; otherwise only refreshing the open
    /// index every <paramref name="checkInterval"/>); folders that cannot be watched are reported and left to `foibot index`.
    /// </summary>
    public static CorpusWatcher Start(
        IndexStore store,
        LetterIndex index,
        string indexPath,
        IReadOnlyList<string> roots,
        TimeSpan quiet,
        TimeProvider time,
        ILogger logger,
        bool follow = true,
        TimeSpan? checkInterval = null,
        IndexHealth? health = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(quiet, TimeSpan.Zero);
        var interval = checkInterval ?? DefaultCheckInterval;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        var watcher = new CorpusWatcher(store, index, indexPath, roots, follow, quiet, interval, time, logger, health ?? new IndexHealth());
        if (follow)
        {
            foreach (var root in watcher._roots)
            {
                watcher.Watch(root);
            }

            Log.CorpusWatched(logger, watcher._watchers.Count);
        }

        watcher._loop = watcher.RunAsync(watcher._stop.Token);
        return watcher;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers.Values.ToList())
        {
            watcher.Dispose();
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private void Watch(string root)
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
            _watchers[root] = watcher;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // A missing folder (checked again every interval), or the system's limit on watches reached.
            Log.CorpusWatchUnavailable(_logger, root, ex.Message);
        }
    }

    private void StopWatching(string root)
    {
        if (_watchers.Remove(root, out var watcher))
        {
            watcher.Dispose();
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        // Off the caller's thread: the first comparison walks the whole corpus.
        await Task.Yield();
        var pending = new Dictionary<string, bool>(StringComparer.Ordinal);

        // Files may have changed between the host opening the index and the watches starting, so the first round compares everything.
        var resync = _follow;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (resync || pending.Count > 0)
                {
                    var started = Stopwatch.GetTimestamp();
                    IndexUpdateSummary? summary = null;
                    if (!CheckRoots())
                    {
                        // Nothing is applied while a folder is away; once it is back, everything is compared.
                        resync = true;
                    }
                    else
                    {
                        if (_halted is null)
                        {
                            summary = resync ? Resync() : Follow(pending);
                        }

                        resync = false;
                    }

                    pending.Clear();
                    Report(summary, started);
                }

                if (!_ready.Task.IsCompleted)
                {
                    WarmUp(cancellationToken);
                    _ready.TrySetResult();
                }

                switch (await GatherAsync(pending, cancellationToken).ConfigureAwait(false))
                {
                    case Wake.Lost:
                        resync = true;
                        break;
                    case Wake.Check:
                        resync |= Check();
                        break;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (ObjectDisposedException)
            {
                break;
            }
            catch (IndexChangedElsewhereException)
            {
                Log.CorpusWatchResync(_logger, "another process committed the index with other folders");
                Adopt(_index.BuildInfo);
                resync = true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another process writing the index, or a file locked: the same changes are tried again shortly.
                Log.CorpusFollowFailed(_logger, ex.Message);
                await Task.Delay(s_retry, _time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (Exception ex)
            {
                // A fault of FoiBot's own: following stops, said plainly, and the host keeps answering from what it has;
                // a commit by another process (`foibot index`) is still adopted.
                Log.CorpusFollowStopped(_logger, ex);
                Halt($"not following the corpus after an error ({ex.GetType().Name}: {ex.Message}); run `foibot index` and restart");
                pending.Clear();
                resync = false;
            }
        }

        _ready.TrySetResult();
    }

    private void Report(IndexUpdateSummary? summary, long started)
    {
        if (summary is { Refused: true })
        {
            Health.Set("empty", $"the corpus folders hold no letter now; answering from the index as it was ({summary.Letters} letters)");
            Log.EmptyUpdateRefused(_logger, _indexPath, summary.Letters);
            _known = _index.BuildInfo.CorpusFingerprint;

            // The refused changes are not in the index, so the next change compares every file rather than just its own.
            _sum = null;
            return;
        }

        if (summary is not null)
        {
            Health.Clear("empty");
            _index.Refresh();
            Log.CorpusFollowed(_logger, _indexPath, summary.Added, summary.Changed, summary.Removed, summary.Letters, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private void Halt(string reason)
    {
        _halted = reason;
        _known = _index.BuildInfo.CorpusFingerprint;
        Health.Set("following", reason);
    }

    /// <summary>
    /// Every interval: shows what other processes committed (a rebuild included), and sees whether folders went
    /// or came back; true when everything must be compared again.
    /// </summary>
    private bool Check()
    {
        try
        {
            if (_index.Refresh())
            {
                Log.IndexRefreshed(_logger, _indexPath, _index.LetterCount);
            }

            Health.Clear("index");
        }
        catch (IndexNotFoundException ex)
        {
            Health.Set("index", $"the index folder cannot be read now ({ex.Message}); answering from the index as it was opened");
            Log.IndexRefreshFailed(_logger, _indexPath, ex.Message);
            return false;
        }
        catch (IOException ex)
        {
            // A commit caught half-written or a file briefly locked: the next interval tries again.
            Log.IndexRefreshFailed(_logger, _indexPath, ex.Message);
            return false;
        }

        if (!_follow)
        {
            return false;
        }

        var committed = _index.BuildInfo;
        if (_known is not null && committed.CorpusFingerprint != _known)
        {
            Adopt(committed);
            return true;
        }

        var missingBefore = _missing.Count;
        return CheckRoots() && missingBefore > 0;
    }

    /// <summary>Takes another process's commit as the truth: its folders, and nothing remembered of the corpus as it was.</summary>
    private void Adopt(IndexBuildInfo committed)
    {
        if (committed.Roots.Count > 0 && !CorpusRoots.Same(committed.Roots, _roots))
        {
            Log.IndexRootsAdopted(_logger, _indexPath, string.Join(", ", committed.Roots));
            foreach (var root in _watchers.Keys.ToList())
            {
                StopWatching(root);
            }

            foreach (var root in _missing.ToList())
            {
                Health.Clear("root:" + root);
            }

            _missing.Clear();
            Volatile.Write(ref _roots, committed.Roots);
            foreach (var root in _roots)
            {
                Watch(root);
            }
        }
        else
        {
            Log.IndexAdopted(_logger, _indexPath);
        }

        _tables = null;
        _sum = null;
        _letters = new Dictionary<string, CorpusFile>(StringComparer.Ordinal);
        _known = committed.CorpusFingerprint;
        _halted = null;
        Health.Clear("following");
        Health.Clear("empty");
    }

    /// <summary>Notes folders that went missing (unwatched until back) and that came back (watched again); true when all can be read.</summary>
    private bool CheckRoots()
    {
        var faults = CorpusRoots.Check(_roots).ToDictionary(f => f.Root, StringComparer.Ordinal);
        foreach (var root in _roots)
        {
            if (faults.TryGetValue(root, out var fault))
            {
                if (_missing.Add(root))
                {
                    // A watch on a folder moved away would report its new place's events under the old names.
                    StopWatching(root);
                    Log.CorpusUnavailable(_logger, root, fault.Problem);
                    Health.Set("root:" + root, $"{fault}; nothing is removed on its account, and answers come from the index as it was");
                }
            }
            else if (_missing.Remove(root))
            {
                Log.CorpusRootBack(_logger, root);
                Health.Clear("root:" + root);
                if (_follow)
                {
                    StopWatching(root);
                    Watch(root);
                }
            }
        }

        return faults.Count == 0;
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

    /// <summary>Waits for changes, then until the folders are quiet; or, when none come within the check interval, for a check.</summary>
    private async Task<Wake> GatherAsync(Dictionary<string, bool> pending, CancellationToken cancellationToken)
    {
        var lost = false;
        var reader = _changes.Reader;
        using (var interval = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var more = reader.WaitToReadAsync(interval.Token).AsTask();
            var waited = await Task.WhenAny(more, Task.Delay(_checkInterval, _time, interval.Token)).ConfigureAwait(false);
            await interval.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (waited != more)
            {
                return Wake.Check;
            }
        }

        var started = _time.GetTimestamp();
        while (_time.GetElapsedTime(started) < s_longestWait)
        {
            while (reader.TryRead(out var change))
            {
                Add(change);
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

        return lost ? Wake.Lost : Wake.Changes;

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

    /// <summary>Compares every file of the index's own folders with the index and updates what differs.</summary>
    private IndexUpdateSummary? Resync()
    {
        // The folders are the index's: another process may have committed it with others since this host opened it.
        _index.Refresh();
        var committed = _index.BuildInfo;
        if (committed.Roots.Count > 0 && !CorpusRoots.Same(committed.Roots, _roots))
        {
            Adopt(committed);
            if (!CheckRoots())
            {
                return null;
            }
        }

        // The folders' set authorities are the index's too; letters added under them are read as that authority's.
        var scan = _store.Scan(_roots, _stop.Token) with { RootAuthorities = committed.RootAuthorities };
        if (_tables is not null)
        {
            // Provenance tables are applied by a rebuild only; until then letters are read with those the index was built with.
            scan = scan with { Manifest = _tables.Manifest, ManifestFiles = _tables.ManifestFiles };
        }

        var sum = scan.StartFingerprint();
        if (sum.Value == committed.CorpusFingerprint)
        {
            Remember(scan, sum);
            return null;
        }

        var summary = _store.TryUpdate(_indexPath, scan, _roots, allowEmpty: false, expectRoots: true, _stop.Token);
        if (summary is null)
        {
            // The tables changed (or the last one went) between the index being built and the watch starting:
            // nothing can be followed until a rebuild, which is adopted when it is committed.
            foreach (var path in scan.ManifestFiles.Count > 0 ? scan.ManifestFiles.Select(m => m.FullPath) : _roots)
            {
                Log.ProvenanceChangedUnderHost(_logger, path);
            }

            Halt("not following the corpus: a provenance table changed since the index was built; run `foibot index` to rebuild it");
            return null;
        }

        if (!summary.Refused)
        {
            Remember(scan, sum);
        }

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
        if (summary is { Refused: true })
        {
            // Every letter left at once: kept, and said on /healthz, until letters are back or `foibot index --allow-empty`.
            return summary;
        }

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
            _known = sum.Value;
            return summary;
        }

        Log.CorpusWatchResync(_logger, "the index changed outside this host");
        Adopt(_index.BuildInfo);
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
        _known = sum.Value;
    }

    /// <summary>One report from the file system; a null path means it dropped reports.</summary>
    /// <param name="Named">Created, deleted or renamed, rather than written to.</param>
    private readonly record struct Change(string? Path, bool Named);

    /// <summary>What woke the watcher.</summary>
    private enum Wake
    {
        Changes,
        Lost,
        Check,
    }
}
