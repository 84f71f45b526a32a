using FoiBot.Search;

namespace FoiBot.Answering.Records;

/// <summary>
/// Counts of the indexed letters for the officer's records: per authority, per outcome, and per exemption cited
/// (a letter citing one exemption twice counts once), over letters answered in a date range.
/// </summary>
public static class LetterStats
{
    public static StatsReport Count(LetterIndex index, DateOnly? from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(index);
        var letters = index.AllLetters()
            .Where(l => from is null || (l.ResponseDate is { } d && d >= from))
            .Where(l => to is null || (l.ResponseDate is { } d2 && d2 <= to))
            .Select(l => (Authority: l.Authority ?? "unknown authority", Outcome: l.Outcome.ToString(), Exemptions: l.Pairs.SelectMany(p => p.Exemptions).Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();

        return new StatsReport
        {
            From = from,
            To = to,
            Letters = letters.Count,
            ByAuthority = Counted(letters.Select(l => l.Authority)),
            ByOutcome = Counted(letters.Select(l => l.Outcome)),
            ByExemption = Counted(letters.SelectMany(l => l.Exemptions)),
        };
    }

    private static List<NamedCount> Counted(IEnumerable<string> names) =>
        names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Select(g => new NamedCount(g.First(), g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
}
