using FoiBot.Search;

namespace FoiBot.Answering.Records;

/// <summary>Search results as CSV: one row per passage found.</summary>
public static class PassageCsv
{
    private static readonly string[] s_header = ["authority", "ref", "date", "question_number", "question", "answer", "outcome", "exemptions", "score", "source", "address"];

    public static string Write(IEnumerable<PassageHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        return CsvTable.Write(s_header, hits.Select(h => (IReadOnlyList<object?>)
        [
            h.Letter.Authority, h.Letter.Reference, h.Letter.ResponseDate, h.Pair.Number, h.Pair.Question, h.Pair.Answer,
            h.Pair.Outcome.ToString(), string.Join("; ", h.Pair.Exemptions), Math.Round(h.Score, 3), h.Letter.Source, h.Letter.SourceAddress,
        ]));
    }
}
