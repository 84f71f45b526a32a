using System.Text.Json;
using FoiBot.Core;
using FoiBot.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static FoiBot.Search.Indexing.IndexFields;

namespace FoiBot.Search.Querying;

/// <summary>Finds letter documents and keeps recently used letters deserialised, so a hot letter's JSON is read once.</summary>
/// <remarks>
/// One store serves one point-in-time view of the index: an update that replaces a letter under the same LetterId
/// comes with a new view and a new store, so entries never go stale.
/// </remarks>
internal sealed class LetterStore
{
    /// <summary>More letters than this sharing one reference or file name would be a broken corpus, not a lookup.</summary>
    private const int MaxCandidates = 256;

    private static readonly HashSet<string> s_keyAndJson = [LetterKey, LetterJson];

    private readonly LetterCache _letters = new();

    public Disclosure Get(IndexSearcher searcher, string letterId) =>
        _letters.TryGet(letterId, out var letter)
            ? letter
            : Find(searcher, new TermQuery(new Term(LetterKey, letterId))).Select(found => found.Letter).FirstOrDefault()
                ?? throw new InvalidOperationException($"The index holds passages of letter {letterId} but not the letter.");

    /// <summary>By a reference (the letter's own first), else by LetterId, else by source path or file name.</summary>
    public Disclosure? FindLetter(IndexSearcher searcher, string reference)
    {
        var text = reference.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        Term[] lookups =
        [
            new(LetterRef, Key(text)),
            new(LetterKey, text),
            new(LetterSource, text),
            new(LetterFile, Key(FileName(text))),
        ];
        foreach (var lookup in lookups)
        {
            var best = Find(searcher, new TermQuery(lookup))
                .Select(found => found.Letter)
                .OrderByDescending(letter => string.Equals(letter.Reference?.Trim(), text, StringComparison.OrdinalIgnoreCase))
                .ThenByDescending(letter => letter.ResponseDate)
                .ThenBy(letter => letter.Source, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    /// <summary>Every live letter document, deserialised one at a time and not cached.</summary>
    public static IEnumerable<Disclosure> ReadAll(IndexReader reader)
    {
        var fields = new HashSet<string> { LetterJson };
        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), Kind, new Lucene.Net.Util.BytesRef(LetterKind));
        if (docs is null)
        {
            yield break;
        }

        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
        {
            yield return Deserialize(reader.Document(doc, fields).Get(LetterJson));
        }
    }

    private IEnumerable<(string LetterId, Disclosure Letter)> Find(IndexSearcher searcher, Query query)
    {
        foreach (var hit in searcher.Search(query, MaxCandidates).ScoreDocs)
        {
            var document = searcher.Doc(hit.Doc, s_keyAndJson);
            var letterId = document.Get(LetterKey);
            var letter = _letters.GetOrAdd(letterId, static json => Deserialize(json), document.Get(LetterJson));
            yield return (letterId, letter);
        }
    }

    private static Disclosure Deserialize(string json) =>
        JsonSerializer.Deserialize(json, DisclosureJsonContext.Default.Disclosure)
            ?? throw new InvalidOperationException("A stored letter is empty.");
}
