using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using static FoiBot.Search.Indexing.IndexFields;

namespace FoiBot.Search.Querying;

/// <summary>BM25 inverse document frequency of a term over passages, counting a passage once whichever text field holds it.</summary>
/// <remarks>A synonym phrase ("penalti charg notic") weighs the sum of its words, as Lucene weighs a phrase query.</remarks>
internal sealed class PassageIdf
{
    /// <summary>Bounds memory in a long-running host fed arbitrary words; past it, values are computed each time.</summary>
    private const int MaxCached = 10_000;

    private static readonly string[] s_textFields = [QuestionText, AnswerText, SubjectText];

    private readonly ConcurrentDictionary<string, double> _cache = new(StringComparer.Ordinal);

    public double Get(IndexReader reader, int passageCount, string term)
    {
        if (_cache.TryGetValue(term, out var idf))
        {
            return idf;
        }

        idf = term.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Sum(word => Idf(passageCount, PassagesContaining(reader, word)));
        if (_cache.Count < MaxCached)
        {
            _cache.TryAdd(term, idf);
        }

        return idf;
    }

    private static double Idf(int passageCount, int containing) =>
        Math.Log(1 + ((passageCount - containing + 0.5) / (containing + 0.5)));

    private static int PassagesContaining(IndexReader reader, string term)
    {
        var passages = new FixedBitSet(Math.Max(reader.MaxDoc, 1));
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var bytes = new BytesRef(term);
        foreach (var field in s_textFields)
        {
            var docs = MultiFields.GetTermDocsEnum(reader, liveDocs, field, bytes);
            if (docs is null)
            {
                continue;
            }

            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                passages.Set(doc);
            }
        }

        return passages.Cardinality;
    }
}
