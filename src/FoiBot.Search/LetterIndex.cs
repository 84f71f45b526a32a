using System.Runtime.CompilerServices;
using FoiBot.Core;
using FoiBot.Search.Analysis;
using FoiBot.Search.Indexing;
using FoiBot.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Store;
using static FoiBot.Search.Indexing.IndexFields;

namespace FoiBot.Search;

/// <summary>An open letter index, shared by all queries; every member is safe to call from many threads at once.</summary>
/// <remarks>
/// It shows the index as of its last <see cref="Refresh"/> (or opening): letters added in place by a
/// <see cref="LetterIndexWriter"/> appear on the next refresh, and so does a full rebuild, which swaps in a new folder:
/// the refresh opens it afresh. Dispose waits for nothing: searches already running finish on their own searcher.
/// </remarks>
public sealed class LetterIndex : IDisposable
{
    private static readonly HashSet<string> s_hitFields = [LetterId, PairIndex];

    private readonly string _path;
    private readonly System.Threading.Lock _reopening = new();
    private volatile Opened _open;
    private readonly FoiTextAnalyzer _indexAnalyzer;
    private readonly FoiTextAnalyzer _queryAnalyzer;
    private readonly ConditionalWeakTable<IndexReader, IndexView> _views = [];
    private readonly WideSearchRules _wideSearch;
    private int _disposed;

    private LetterIndex(string path, Opened open, WideSearchRules wideSearch)
    {
        _wideSearch = wideSearch;
        _path = path;
        _open = open;
        _indexAnalyzer = new FoiTextAnalyzer();
        _queryAnalyzer = new FoiTextAnalyzer(SynonymFile.LoadEmbedded(_indexAnalyzer));
        WithSearcher(static (_, _) => 0);
    }

    public IndexBuildInfo BuildInfo => WithSearcher(static (_, view) => view.BuildInfo);

    public int LetterCount => WithSearcher(static (_, view) => view.LetterCount);

    public int PassageCount => WithSearcher(static (_, view) => view.PassageCount);

    /// <summary>Letters per authority with their response-date span, by name; letters with no authority are not listed.</summary>
    public IReadOnlyList<AuthorityCoverage> Authorities => WithSearcher(static (_, view) => view.Authorities);

    /// <exception cref="IndexNotFoundException">No index, an unreadable one, or one this version must rebuild.</exception>
    public static LetterIndex Open(string indexDirectory) => Open(indexDirectory, WideSearchRules.Default);

    /// <summary>As <see cref="Open(string)"/>, with the sizes at which searches lean on rarer words set (for tests).</summary>
    internal static LetterIndex Open(string indexDirectory, WideSearchRules wideSearch)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        var path = Path.GetFullPath(indexDirectory);
        if (!System.IO.Directory.Exists(path))
        {
            throw new IndexNotFoundException($"There is no letter index at {path}. Build the index first.");
        }

        return new LetterIndex(path, OpenFolder(path), wideSearch);
    }

    /// <exception cref="IndexNotFoundException">The folder holds no index this version can read.</exception>
    private static Opened OpenFolder(string path)
    {
        var directory = new MMapDirectory(path);
        SearcherManager? searchers = null;
        try
        {
            _ = CommitData.Read(directory, path, out var problem) ?? throw new IndexNotFoundException(problem!);
            searchers = new SearcherManager(directory, new Bm25SearcherFactory());
            return new Opened(directory, searchers);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            searchers?.Dispose();
            directory.Dispose();
            throw new IndexNotFoundException($"The index in {path} cannot be opened ({ex.Message}). The index must be rebuilt.", ex);
        }
        catch
        {
            searchers?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// What the latest commit in the folder records, read from the commit alone (milliseconds, where opening the index
    /// for search takes a few hundred at 100k letters); null when there is no index this version can read.
    /// </summary>
    public static IndexCommitSummary? ReadCommit(string indexDirectory)
    {
        if (string.IsNullOrWhiteSpace(indexDirectory) || !System.IO.Directory.Exists(indexDirectory))
        {
            return null;
        }

        var path = Path.GetFullPath(indexDirectory);
        using var directory = new MMapDirectory(path);
        try
        {
            return CommitData.ReadSummary(directory, path, out _);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when <see cref="Open"/> would succeed: an index is there and this version can read it.</summary>
    public static bool Exists(string indexDirectory) => ReadCommit(indexDirectory) is not null;

    /// <summary>The best passages for a question, best first; none when the question has no searchable word.</summary>
    public IReadOnlyList<PassageHit> Search(PassageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Min(query.Limit, PassageQuery.MaxLimit);
        if (limit <= 0)
        {
            return [];
        }

        var tokens = AnalyzeQuery(query.Text);
        var filter = PassageFilter.For(query);
        return WithSearcher((searcher, view) =>
        {
            if (PassageQueryBuilder.Build(query, tokens, searcher.IndexReader, view.PassageCount, _wideSearch) is not { } luceneQuery)
            {
                return new List<PassageHit>();
            }

            var hits = new List<PassageHit>();
            foreach (var scoreDoc in searcher.Search(luceneQuery, filter, limit).ScoreDocs)
            {
                var document = searcher.Doc(scoreDoc.Doc, s_hitFields);
                var letterId = document.Get(LetterId);
                var pairIndex = document.GetField(PairIndex).GetInt32Value()!.Value;
                var letter = view.Letters.Get(searcher, letterId);
                hits.Add(new PassageHit
                {
                    LetterId = letterId,
                    Letter = letter,
                    PairIndex = pairIndex,
                    Pair = letter.PassageAt(pairIndex),
                    Score = scoreDoc.Score,
                });
            }

            return hits;
        });
    }

    /// <summary>The letter with this reference (whole, case-insensitive), else this LetterId, else this source path or file name.</summary>
    public Disclosure? FindLetter(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return WithSearcher((searcher, view) => view.Letters.FindLetter(searcher, reference));
    }

    /// <summary>Every letter in the index, in index order, read one at a time (none is kept), for exports and the benchmark's peer.</summary>
    public IEnumerable<Disclosure> AllLetters()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var (searchers, searcher) = Acquire();
        try
        {
            foreach (var letter in LetterStore.ReadAll(searcher.IndexReader))
            {
                yield return letter;
            }
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>The index-time analysis of the text fields: stems with word positions and character offsets.</summary>
    public IReadOnlyList<AnalyzedToken> Analyze(string text) => TokenReader.Read(_indexAnalyzer, text);

    /// <summary>The query-time analysis: as <see cref="Analyze"/>, plus FOI synonyms stacked on the words they expand.</summary>
    public IReadOnlyList<AnalyzedToken> AnalyzeQuery(string text) => TokenReader.Read(_queryAnalyzer, text);

    /// <summary>BM25 idf of an analysed term over passages: rare terms weigh more, an unknown term the most.</summary>
    public double InverseDocumentFrequency(string analyzedTerm)
    {
        ArgumentNullException.ThrowIfNull(analyzedTerm);
        return WithSearcher((searcher, view) => view.Idf.Get(searcher.IndexReader, view.PassageCount, analyzedTerm));
    }

    /// <summary>Which corpus file produced which letters, as recorded by the build and updates; read whole, for an update to compare.</summary>
    public IReadOnlyList<IndexedFile> Files() => WithSearcher(static (searcher, _) => FileDocuments.ReadAll(searcher.IndexReader));

    /// <summary>
    /// Shows the letters committed since the last refresh, including a full rebuild swapped into the folder (opened
    /// afresh); searches running meanwhile finish on what they started with.
    /// </summary>
    /// <returns>True when there was anything new to show.</returns>
    /// <exception cref="IndexNotFoundException">The folder no longer holds an index this version can read.</exception>
    public bool Refresh()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var before = WithSearcher(static (searcher, view) => (searcher.IndexReader, view.IndexId));

        // Reopening a rebuilt folder through the old searchers would mix segments of two indexes that share file names.
        if (CommitData.IndexId(_open.Directory) != before.IndexId)
        {
            Reopen();
            return true;
        }

        _open.Searchers.MaybeRefreshBlocking();
        return WithSearcher(static (searcher, _) => searcher.IndexReader) != before.IndexReader;
    }

    private void Reopen()
    {
        lock (_reopening)
        {
            var fresh = OpenFolder(_path);
            var old = _open;
            _open = fresh;

            // Searchers already handed out keep their readers open until released.
            old.Searchers.Dispose();
            old.Directory.Dispose();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _open.Searchers.Dispose();
        _open.Directory.Dispose();
        _queryAnalyzer.Dispose();
        _indexAnalyzer.Dispose();
    }

    private T WithSearcher<T>(Func<IndexSearcher, IndexView, T> use)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var (searchers, searcher) = Acquire();
        try
        {
            var view = _views.GetValue(searcher.IndexReader, reader => new IndexView(reader, _path));
            return use(searcher, view);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>A searcher from the current folder, trying again when a reopen retired the searchers in between.</summary>
    private (SearcherManager Searchers, IndexSearcher Searcher) Acquire()
    {
        while (true)
        {
            var open = _open;
            try
            {
                return (open.Searchers, open.Searchers.Acquire());
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(open, _open) && Volatile.Read(ref _disposed) == 0)
            {
            }
        }
    }

    /// <summary>One opening of the index folder: a rebuild swaps in a new folder, which needs its own.</summary>
    private sealed record Opened(MMapDirectory Directory, SearcherManager Searchers);
}
