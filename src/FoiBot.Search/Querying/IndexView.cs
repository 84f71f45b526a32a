using FoiBot.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using static FoiBot.Search.Indexing.IndexFields;

namespace FoiBot.Search.Querying;

/// <summary>
/// What is derived from one point-in-time reader: its build info, counts, authority coverage, idf and letter cache.
/// A refresh brings a new reader and so a new view; searches still holding the old reader keep the old view.
/// </summary>
internal sealed class IndexView
{
    private readonly Lazy<IReadOnlyList<AuthorityCoverage>> _authorities;
    private readonly Lazy<int> _letterCount;
    private readonly Lazy<int> _passageCount;

    public IndexView(IndexReader reader, string indexDirectory)
    {
        var userData = ((DirectoryReader)reader).IndexCommit.UserData;
        BuildInfo = CommitData.Read(userData, indexDirectory, out var problem) ?? throw new IndexNotFoundException(problem!);
        IndexId = CommitData.IndexId(userData);
        _letterCount = new(() => CountLive(reader, LetterKind), LazyThreadSafetyMode.PublicationOnly);
        _passageCount = new(() => CountLive(reader, PassageKind), LazyThreadSafetyMode.PublicationOnly);
        _authorities = new(() => AuthorityCoverageReader.Read(reader), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IndexBuildInfo BuildInfo { get; }

    public string IndexId { get; }

    /// <summary>Counted on first use: a command that only compares fingerprints or updates in place never needs it.</summary>
    public int LetterCount => _letterCount.Value;

    public int PassageCount => _passageCount.Value;

    public IReadOnlyList<AuthorityCoverage> Authorities => _authorities.Value;

    public PassageIdf Idf { get; } = new();

    public LetterStore Letters { get; } = new();

    /// <summary>Documents of a kind; the term's doc frequency still counts deleted ones until a merge drops them.</summary>
    public static int CountLive(IndexReader reader, string kind)
    {
        var term = new Term(Kind, kind);
        if (!reader.HasDeletions)
        {
            return reader.DocFreq(term);
        }

        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), Kind, new BytesRef(kind));
        var count = 0;
        while (docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            count++;
        }

        return count;
    }
}
