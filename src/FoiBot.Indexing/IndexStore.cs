using System.Diagnostics;
using System.Runtime.InteropServices;
using FoiBot.Core.Authorities;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;
using FoiBot.Search;
using Microsoft.Extensions.Logging;

namespace FoiBot.Indexing;

/// <summary>
/// Keeps the index in step with the corpus: builds it on first use, reuses it while the corpus is unchanged, and
/// rebuilds it when a letter or provenance table was added, removed or edited.
/// </summary>
public sealed class IndexStore
{
    private readonly CorpusLoader _loader;
    private readonly CorpusScanner _scanner;
    private readonly FileProvenance _provenance;
    private readonly IndexUpdater _updater;
    private readonly long _maxFileBytes;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public IndexStore(CorpusOptions corpus, AuthorityCatalog catalog, string sourceBase, TimeProvider time, ILogger logger)
    {
        _loader = new CorpusLoader(corpus, new LetterParser(catalog), sourceBase);
        _scanner = new CorpusScanner(corpus);
        _provenance = new FileProvenance(_scanner);
        _updater = new IndexUpdater(_loader, _provenance, time);
        _maxFileBytes = corpus.MaxFileBytes;
        _time = time;
        _logger = logger;
    }

    public IndexBuildSummary Build(string indexPath, IReadOnlyList<string> roots, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var scan = _loader.Scan(roots, cancellationToken);
        var total = scan.Files.Count;
        var report = new CorpusLoadReport();
        var info = new IndexBuildInfo { CorpusFingerprint = scan.Fingerprint(), BaseFingerprint = IndexUpdater.BaseFingerprint(scan), BuiltAt = _time.GetUtcNow() };

        // Letters stream from the parser into the index writer, never all in memory; only each file's letter ids are
        // kept, for the provenance records the writer takes after the last letter. The first letter is read before
        // the build starts: a corpus with no letter leaves the existing index alone rather than replacing it with an empty one.
        var byFile = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var letters = _loader.Stream(scan, report, new Progress<int>(done => progress?.Report((done, total))), cancellationToken)
            .Select(l =>
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(byFile, l.File.FullPath, out _) ??= []).Add(l.ContentHash);
                return new IndexedLetter(l.ContentHash, l.Disclosure);
            })
            .GetEnumerator();
        var result = letters.MoveNext()
            ? LetterIndexBuilder.Build(indexPath, Rest(letters), Provenance(scan, byFile, report, cancellationToken), info, cancellationToken: cancellationToken)
            : null;
        var bytesRead = scan.Files.Where(f => f.Length <= _maxFileBytes).Sum(f => f.Length);
        var summary = new IndexBuildSummary(report.Letters, result?.Passages ?? 0, total, report.Skipped, Stopwatch.GetElapsedTime(started), bytesRead);
        Log.IndexBuilt(_logger, indexPath, summary.Letters, summary.Passages, summary.Skipped.Count, summary.Elapsed.TotalMilliseconds);
        return summary;

        static IEnumerable<IndexedLetter> Rest(IEnumerator<IndexedLetter> started)
        {
            do
            {
                yield return started.Current;
            }
            while (started.MoveNext());
        }
    }

    /// <summary>Updates the index in place from the files added, changed or removed since it was written; null when it must be rebuilt instead.</summary>
    public IndexUpdateSummary? TryUpdate(string indexPath, CorpusScan scan, CancellationToken cancellationToken = default)
    {
        if (!LetterIndex.Exists(indexPath))
        {
            return null;
        }

        IndexUpdateSummary? summary;
        try
        {
            summary = _updater.TryUpdate(indexPath, scan, cancellationToken);
        }
        catch (IndexNotFoundException ex)
        {
            Log.IndexUnusable(_logger, indexPath, ex.Message);
            return null;
        }

        if (summary is not null)
        {
            Log.IndexUpdated(_logger, indexPath, summary.Added, summary.Changed, summary.Removed, summary.Elapsed.TotalMilliseconds);
        }

        return summary;
    }

    /// <summary>
    /// Updates only the files at <paramref name="paths"/>, <paramref name="corpus"/> saying what is at a path now and
    /// <paramref name="fingerprint"/> being the corpus's fingerprint; null when the index's committed fingerprint is not
    /// <paramref name="expectedFingerprint"/> (something else changed it) or it must be rebuilt.
    /// </summary>
    /// <param name="tables">The provenance tables the letters are read with; its letter list is not read.</param>
    public IndexUpdateSummary? TryUpdate(
        string indexPath, CorpusScan tables, Func<string, CorpusFile?> corpus, IReadOnlyCollection<string> paths, string expectedFingerprint, string fingerprint, CancellationToken cancellationToken = default) =>
        _updater.TryUpdate(indexPath, tables, corpus, paths, expectedFingerprint, fingerprint, cancellationToken);

    /// <summary>Runs the update path once on <paramref name="file"/> without changing the index, so a host's first update is not slowed by compiling it.</summary>
    public void WarmUp(string indexPath, CorpusScan tables, CorpusFile file, CancellationToken cancellationToken = default) =>
        _updater.WarmUp(indexPath, tables, file, cancellationToken);

    /// <summary>What a scan of <paramref name="roots"/> would list under one of their folders, without walking the rest.</summary>
    public CorpusScan ScanFolder(IReadOnlyList<string> roots, string folder, CancellationToken cancellationToken = default) =>
        _scanner.ScanFolder(roots, folder, cancellationToken);

    /// <summary>What one path is to a scan of <paramref name="roots"/>, without walking them.</summary>
    public CorpusPath Look(IReadOnlyList<string> roots, string path) => _scanner.Look(roots, path);

    /// <summary>Reads and parses the letters under <paramref name="roots"/> without touching any index.</summary>
    public CorpusLoad Load(IReadOnlyList<string> roots, CancellationToken cancellationToken = default) => _loader.Load(roots, cancellationToken: cancellationToken);

    /// <summary>Lists the corpus without reading a letter: enough to tell whether, and where, the index is out of date.</summary>
    public CorpusScan Scan(IReadOnlyList<string> roots, CancellationToken cancellationToken = default) => _loader.Scan(roots, cancellationToken);

    /// <summary>The number of letters in the index at <paramref name="indexPath"/> when it was built from the corpus as it is now; null when it needs building.</summary>
    public int? CurrentLetterCount(string indexPath, CorpusScan scan) =>
        LetterIndex.ReadCommit(indexPath) is { } commit && commit.BuildInfo.CorpusFingerprint == scan.Fingerprint() ? commit.Letters : null;

    /// <summary>Opens the index, updating it in place, or building or rebuilding it, from <paramref name="roots"/> first when it is missing or stale.</summary>
    public (LetterIndex Index, IndexBuildSummary? Built, IndexUpdateSummary? Updated) Open(string indexPath, IReadOnlyList<string> roots, CancellationToken cancellationToken = default)
    {
        if (LetterIndex.Exists(indexPath))
        {
            var existing = TryOpen(indexPath);
            if (existing is not null)
            {
                var scan = _loader.Scan(roots, cancellationToken);
                if (scan.Fingerprint() == existing.BuildInfo.CorpusFingerprint)
                {
                    return (existing, null, null);
                }

                if (existing.LetterCount > 0 && _updater.TryUpdate(indexPath, scan, cancellationToken) is { } update)
                {
                    Log.IndexUpdated(_logger, indexPath, update.Added, update.Changed, update.Removed, update.Elapsed.TotalMilliseconds);
                    existing.Refresh();
                    if (existing.LetterCount > 0)
                    {
                        return (existing, null, update);
                    }
                }

                Log.CorpusChanged(_logger, indexPath);
                existing.Dispose();
            }
        }

        var summary = Build(indexPath, roots, cancellationToken: cancellationToken);
        if (summary.Letters == 0)
        {
            throw new CorpusEmptyException(roots, summary);
        }

        return (LetterIndex.Open(indexPath), summary, null);
    }

    /// <summary>
    /// Which file produced which letter, recorded with a full build so later updates can work file by file; read
    /// lazily, as the writer takes the records only once every letter has streamed through.
    /// </summary>
    private IEnumerable<IndexedFile> Provenance(CorpusScan scan, Dictionary<string, List<string>> byFile, CorpusLoadReport report, CancellationToken cancellationToken)
    {
        var indexed = byFile.Values.SelectMany(ids => ids).ToHashSet(StringComparer.Ordinal);
        var skipped = FileProvenance.ByFile(report.Skipped);
        foreach (var file in scan.Files)
        {
            yield return _provenance.Record(file, byFile.GetValueOrDefault(file.FullPath, []), indexed.Contains, skipped, cancellationToken);
        }
    }

    private LetterIndex? TryOpen(string indexPath)
    {
        try
        {
            return LetterIndex.Open(indexPath);
        }
        catch (IndexNotFoundException ex)
        {
            // An index from an older FoiBot, or a damaged one: rebuilding is the cure.
            Log.IndexUnusable(_logger, indexPath, ex.Message);
            return null;
        }
    }
}
