using System.Diagnostics;
using FoiBot.Core.Authorities;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;
using FoiBot.Search;
using Microsoft.Extensions.Logging;

namespace FoiBot.Cli.Indexing;

/// <summary>
/// Keeps the index in step with the corpus: builds it on first use, reuses it while the corpus is unchanged, and
/// rebuilds it when a letter or provenance table was added, removed or edited.
/// </summary>
internal sealed class IndexStore
{
    private readonly CorpusLoader _loader;
    private readonly long _maxFileBytes;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public IndexStore(CorpusOptions corpus, AuthorityCatalog catalog, string sourceBase, TimeProvider time, ILogger logger)
    {
        _loader = new CorpusLoader(corpus, new LetterParser(catalog), sourceBase);
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
        var info = new IndexBuildInfo { CorpusFingerprint = scan.Fingerprint(), BuiltAt = _time.GetUtcNow() };

        // Letters stream from the parser into the index writer, never all in memory. The first is read before the
        // build starts: a corpus with no letter leaves the existing index alone rather than replacing it with an empty one.
        using var letters = _loader.Stream(scan, report, new Progress<int>(done => progress?.Report((done, total))), cancellationToken)
            .Select(l => new IndexedLetter(l.ContentHash, l.Disclosure))
            .GetEnumerator();
        var result = letters.MoveNext() ? LetterIndexBuilder.Build(indexPath, Rest(letters), info, cancellationToken: cancellationToken) : null;
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

    /// <summary>Reads and parses the letters under <paramref name="roots"/> without touching any index.</summary>
    public CorpusLoad Load(IReadOnlyList<string> roots, CancellationToken cancellationToken = default) => _loader.Load(roots, cancellationToken: cancellationToken);

    /// <summary>The number of letters in the index at <paramref name="indexPath"/> when it was built from the corpus as it is now; null when it needs building.</summary>
    public int? CurrentLetterCount(string indexPath, IReadOnlyList<string> roots, CancellationToken cancellationToken = default)
    {
        if (!LetterIndex.Exists(indexPath) || TryOpen(indexPath) is not { } existing)
        {
            return null;
        }

        using (existing)
        {
            return _loader.Scan(roots, cancellationToken).Fingerprint() == existing.BuildInfo.CorpusFingerprint ? existing.LetterCount : null;
        }
    }

    /// <summary>Opens the index, building or rebuilding it from <paramref name="roots"/> first when it is missing or stale.</summary>
    public (LetterIndex Index, IndexBuildSummary? Built) Open(string indexPath, IReadOnlyList<string> roots, CancellationToken cancellationToken = default)
    {
        if (LetterIndex.Exists(indexPath))
        {
            var existing = TryOpen(indexPath);
            if (existing is not null)
            {
                var fingerprint = _loader.Scan(roots, cancellationToken).Fingerprint();
                if (fingerprint == existing.BuildInfo.CorpusFingerprint)
                {
                    return (existing, null);
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

        return (LetterIndex.Open(indexPath), summary);
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
