using FoiBot.Core;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using static FoiBot.Search.Indexing.IndexFields;

namespace FoiBot.Search.Indexing;

/// <summary>Letters' authorities and where they came from, from the letter documents' doc values, without reading a stored letter.</summary>
internal static class LetterAuthorityReader
{
    public static Dictionary<string, (string? Authority, AuthoritySource Source)> Read(IndexReader reader, IReadOnlyCollection<string> letterIds)
    {
        var found = new Dictionary<string, (string? Authority, AuthoritySource Source)>(StringComparer.Ordinal);
        if (letterIds.Count == 0)
        {
            return found;
        }

        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var sources = atomic.GetSortedDocValues(LetterAuthoritySource);
            if (sources is null)
            {
                // A segment of passages or file records only.
                continue;
            }

            var authorities = atomic.GetSortedDocValues(LetterAuthority);
            foreach (var id in letterIds)
            {
                var docs = atomic.GetTermDocsEnum(new Term(LetterKey, id));
                for (var doc = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs!.NextDoc())
                {
                    if (atomic.LiveDocs is { } live && !live.Get(doc))
                    {
                        continue;
                    }

                    found[id] = (Text(authorities, doc, bytes), Enum.TryParse<AuthoritySource>(Text(sources, doc, bytes), out var source) ? source : AuthoritySource.None);
                }
            }
        }

        return found;
    }

    private static string? Text(SortedDocValues? values, int doc, BytesRef bytes)
    {
        if (values is null || values.GetOrd(doc) < 0)
        {
            return null;
        }

        values.Get(doc, bytes);
        return bytes.Utf8ToString();
    }
}
