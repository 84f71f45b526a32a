using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using static FoiBot.Search.Indexing.IndexFields;

namespace FoiBot.Search.Querying;

/// <summary>Counts letters and their response-date span per authority, from the letter documents' small stored fields.</summary>
internal static class AuthorityCoverageReader
{
    private static readonly HashSet<string> s_fields = [LetterAuthority, LetterDate];

    /// <summary>Sorted by name; letters without an authority are left out, as there is nobody to name.</summary>
    public static IReadOnlyList<AuthorityCoverage> Read(IndexReader reader)
    {
        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), Kind, new BytesRef(LetterKind));
        if (docs is null)
        {
            return [];
        }

        // Names are grouped as the authority filter matches them: whole and case-insensitive.
        var coverage = new Dictionary<string, AuthorityCoverage>(StringComparer.OrdinalIgnoreCase);
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
        {
            var document = reader.Document(doc, s_fields);
            var authority = document.Get(LetterAuthority);
            if (string.IsNullOrWhiteSpace(authority))
            {
                continue;
            }

            var date = document.GetField(LetterDate)?.GetInt32Value() is { } number ? FromDateNumber(number) : (DateOnly?)null;
            coverage[authority] = coverage.TryGetValue(authority, out var seen)
                ? seen with { Letters = seen.Letters + 1, Earliest = Min(seen.Earliest, date), Latest = Max(seen.Latest, date) }
                : new AuthorityCoverage(authority, 1, date, date);
        }

        return [.. coverage.Values.OrderBy(c => c.Authority, StringComparer.OrdinalIgnoreCase)];
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
