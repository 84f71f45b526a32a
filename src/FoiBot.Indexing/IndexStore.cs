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

    /// <summary>
    /// Builds the index afresh from <paramref name="roots"/>, which it records as its folders; a corpus with no letter
    /// leaves the index as it was, unless <paramref name="allowEmpty"/> asks for an empty index in so many words.
    /// </summary>
    /// <exception cref="CorpusUnavailableException">A folder is missing or unreadable: nothing is built, the index is left as it was.</exception>
    public IndexBuildSummary Build(
        string indexPath, IReadOnlyList<string> roots, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default, bool allowEmpty = false)
    {
        var started = Stopwatch.GetTimestamp();
        roots = CorpusRoots.Normalise(roots);
        if (CorpusRoots.Check(roots) is { Count: > 0 } faults)
        {
            throw new CorpusUnavailableException(faults, "Nothing was indexed; the index is left as it was.");
        }

        var scan = _loader.Scan(roots, cancellationToken);
        var total = scan.Files.Count;
        var report = new CorpusLoadReport();
        var info = new IndexBuildInfo
        {
            CorpusFingerprint = scan.Fingerprint(),
            BaseFingerprint = IndexUpdater.BaseFingerprint(scan),
            BuiltAt = _time.GetUtcNow(),
            Roots = roots,
        };

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
            : allowEmpty ? LetterIndexBuilder.Build(indexPath, [], Provenance(scan, byFile, report, cancellationToken), info, cancellationToken: cancellationToken) : null;
        var bytesRead = scan.Files.Where(f => f.Length <= _maxFileBytes).Sum(f => f.Length);
        var summary = new IndexBuildSummary(report.Letters, result?.Passages ?? 0, total, report.Skipped, Stopwatch.GetElapsedTime(started), bytesRead)
        {
            UnreadTables = scan.UnreadTables,
        };
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

    /// <summary>
    /// Updates the index in place from the files of <paramref name="scan"/> (of <paramref name="roots"/>, recorded as the
    /// index's folders) added, changed or removed since it was written; null when it must be rebuilt instead. An update
    /// that would leave no letter is refused (<see cref="IndexUpdateSummary.Refused"/>) unless <paramref name="allowEmpty"/>.
    /// </summary>
    /// <param name="expectRoots">
    /// Whether the index must still record <paramref name="roots"/>, as a host following them expects; when another
    /// process committed it with other folders meanwhile, <see cref="IndexChangedElsewhereException"/> is thrown and
    /// nothing is written. `foibot index`, which sets the folders, passes false.
    /// </param>
    public IndexUpdateSummary? TryUpdate(
        string indexPath, CorpusScan scan, IReadOnlyList<string> roots, bool allowEmpty = false, bool expectRoots = false, CancellationToken cancellationToken = default)
    {
        if (!LetterIndex.Exists(indexPath))
        {
            return null;
        }

        IndexUpdateSummary? summary;
        try
        {
            summary = _updater.TryUpdate(indexPath, scan, CorpusRoots.Normalise(roots), allowEmpty, expectRoots, cancellationToken);
        }
        catch (IndexNotFoundException ex)
        {
            Log.IndexUnusable(_logger, indexPath, ex.Message);
            return null;
        }

        if (summary is { Refused: true })
        {
            Log.EmptyUpdateRefused(_logger, indexPath, summary.Letters);
        }
        else if (summary is not null)
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

    /// <summary>
    /// Opens the index, updating it in place, or building or rebuilding it, from <paramref name="roots"/> first when it
    /// is missing or stale. Nothing is removed on account of a folder that cannot be read, and an index with letters is
    /// never emptied: it is answered from as it is, with a warning saying why.
    /// </summary>
    /// <exception cref="CorpusUnavailableException">A folder cannot be read and there is no index to answer from.</exception>
    /// <exception cref="CorpusEmptyException">There is no index, and the folders hold no letter to build one from.</exception>
    public OpenedIndex Open(string indexPath, IReadOnlyList<string> roots, CancellationToken cancellationToken = default)
    {
        roots = CorpusRoots.Normalise(roots);
        var faults = CorpusRoots.Check(roots);
        var existing = LetterIndex.Exists(indexPath) ? TryOpen(indexPath) : null;
        if (existing is not null)
        {
            if (faults.Count > 0)
            {
                foreach (var fault in faults)
                {
                    Log.CorpusUnavailable(_logger, fault.Root, fault.Problem);
                }

                return new OpenedIndex(existing, null, null, [.. faults.Select(f =>
                    $"{f}; answering from the index as it is ({existing.LetterCount} letters). If the letters moved, `foibot index --index {indexPath} --corpus NEW-FOLDER` points the index at them.")]);
            }

            var scan = _loader.Scan(roots, cancellationToken);
            if (scan.Fingerprint() == existing.BuildInfo.CorpusFingerprint)
            {
                return new OpenedIndex(existing, null, null, []) { UnreadTables = scan.UnreadTables };
            }

            if (existing.LetterCount > 0 && TryUpdate(indexPath, scan, roots, cancellationToken: cancellationToken) is { } update)
            {
                if (update.Refused)
                {
                    return new OpenedIndex(existing, null, null, [update.ToString()]) { UnreadTables = scan.UnreadTables };
                }

                existing.Refresh();
                return new OpenedIndex(existing, null, update, []) { UnreadTables = scan.UnreadTables };
            }

            Log.CorpusChanged(_logger, indexPath);
        }
        else if (faults.Count > 0)
        {
            throw new CorpusUnavailableException(faults, $"There is no index at {indexPath} to answer from meanwhile.");
        }

        // A rebuild with no letter leaves the folder alone, so an index that was there is still answered from.
        var summary = Build(indexPath, roots, cancellationToken: cancellationToken);
        if (summary.Letters == 0)
        {
            if (existing is not null)
            {
                return new OpenedIndex(existing, null, null, [$"No letters found in {string.Join(", ", roots)}; answering from the index as it is ({existing.LetterCount} letters)."])
                {
                    UnreadTables = summary.UnreadTables,
                };
            }

            throw new CorpusEmptyException(roots, summary);
        }

        existing?.Dispose();
        return new OpenedIndex(LetterIndex.Open(indexPath), summary, null, []) { UnreadTables = summary.UnreadTables };
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
