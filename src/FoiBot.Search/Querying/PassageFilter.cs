using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using static FoiBot.Search.Indexing.IndexFields;

namespace FoiBot.Search.Querying;

/// <summary>
/// The exact conditions of a passage query (authority, letter date range, outcome, named letters) as one Lucene filter, applied
/// inside the search so that a narrow filter still returns a full page of the best matching passages.
/// </summary>
internal static class PassageFilter
{
    public static Filter? For(PassageQuery query)
    {
        var conditions = new BooleanQuery();

        // The empty authority of unattributed letters is never a filter value, so they never pass one.
        if (!string.IsNullOrWhiteSpace(query.Authority))
        {
            conditions.Add(new TermQuery(new Term(Authority, Key(query.Authority))), Occur.MUST);
        }

        if (query.From is not null || query.To is not null)
        {
            int? from = query.From is { } f ? DateNumber(f) : null;
            int? to = query.To is { } t ? DateNumber(t) : null;
            conditions.Add(NumericRangeQuery.NewInt32Range(Date, from, to, minInclusive: true, maxInclusive: true), Occur.MUST);
        }

        if (query.OnlyReferences)
        {
            // With no reference given, nothing passes.
            var anyOf = new BooleanQuery();
            foreach (var reference in query.References.Where(r => !string.IsNullOrWhiteSpace(r)).Select(Key).Distinct(StringComparer.Ordinal))
            {
                anyOf.Add(new TermQuery(new Term(Ref, reference)), Occur.SHOULD);
            }

            conditions.Add(anyOf, Occur.MUST);
        }

        if (query.Outcome is { } outcome)
        {
            conditions.Add(new TermQuery(new Term(PairOutcome, outcome.ToString())), Occur.MUST);
        }

        return conditions.Clauses.Count switch
        {
            0 => null,
            1 when conditions.Clauses[0].Query is TermQuery term => new TermFilter(term.Term),
            _ => new QueryWrapperFilter(conditions),
        };
    }
}
