using Lucene.Net.Index;
using Lucene.Net.Util;
using static FoiBot.Search.Indexing.IndexFields;

namespace FoiBot.Search.Querying;

/// <summary>Counts letters and their response-date span per authority, from the letter documents' doc values.</summary>
/// <remarks>Doc values are column arrays: a million letters are counted in milliseconds, without reading a stored field.</remarks>
internal static class AuthorityCoverageReader
{
    /// <summary>Sorted by name; letters without an authority are left out, as there is nobody to name.</summary>
    public static IReadOnlyList<AuthorityCoverage> Read(IndexReader reader)
    {
        // Names are grouped as the authority filter matches them: whole and case-insensitive.
        var coverage = new Dictionary<string, AuthorityCoverage>(StringComparer.OrdinalIgnoreCase);
        foreach (var leaf in reader.Leaves)
        {
            AddLeaf(leaf.AtomicReader, coverage);
        }

        return [.. coverage.Values.OrderBy(c => c.Authority, StringComparer.OrdinalIgnoreCase)];
    }

    private static void AddLeaf(AtomicReader reader, Dictionary<string, AuthorityCoverage> coverage)
    {
        var authorities = reader.GetSortedDocValues(LetterAuthority);
        if (authorities is null)
        {
            return;
        }

        // Only letter documents with an authority have an ordinal; others read as -1.
        var dates = reader.GetNumericDocValues(LetterDate);
        var live = reader.LiveDocs;
        var perOrd = new (int Letters, int Earliest, int Latest)[authorities.ValueCount];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var ord = authorities.GetOrd(doc);
            if (ord < 0 || (live is not null && !live.Get(doc)))
            {
                continue;
            }

            // A date number is never 0, which is what a letter without a date reads as.
            var date = (int)(dates?.Get(doc) ?? 0);
            var (letters, earliest, latest) = perOrd[ord];
            perOrd[ord] = (letters + 1, Earliest(earliest, date), Math.Max(latest, date));
        }

        var name = new BytesRef();
        for (var ord = 0; ord < perOrd.Length; ord++)
        {
            var (letters, earliest, latest) = perOrd[ord];
            if (letters == 0)
            {
                continue;
            }

            authorities.LookupOrd(ord, name);
            var authority = name.Utf8ToString();
            if (string.IsNullOrWhiteSpace(authority))
            {
                continue;
            }

            var found = new AuthorityCoverage(authority, letters, ToDate(earliest), ToDate(latest));
            coverage[authority] = coverage.TryGetValue(authority, out var seen)
                ? seen with { Letters = seen.Letters + letters, Earliest = Min(seen.Earliest, found.Earliest), Latest = Max(seen.Latest, found.Latest) }
                : found;
        }
    }

    private static int Earliest(int earliest, int date) => date == 0 ? earliest : earliest == 0 ? date : Math.Min(earliest, date);

    private static DateOnly? ToDate(int number) => number == 0 ? null : FromDateNumber(number);

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
