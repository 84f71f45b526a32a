using FoiBot.Core;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>
/// The earlier letters that answered the same question, grouped: how many, when, and how each ended, so a repeat
/// request or a run of refusals shows at a glance.
/// </summary>
public sealed record AskedBefore
{
    public required int Count { get; init; }

    public DateOnly? First { get; init; }

    public DateOnly? Last { get; init; }

    /// <summary>How many of the letters ended each way, the commonest first.</summary>
    public required IReadOnlyList<OutcomeCount> Outcomes { get; init; }

    /// <summary>The letters, newest first.</summary>
    public required IReadOnlyList<PriorMatch> Letters { get; init; }

    /// <summary>The group of <paramref name="same"/>, or null when there is none.</summary>
    public static AskedBefore? Of(IEnumerable<PriorMatch> same)
    {
        var letters = same.OrderByDescending(m => m.Date ?? DateOnly.MinValue).ToList();
        if (letters.Count == 0)
        {
            return null;
        }

        var dates = letters.Where(m => m.Date is not null).Select(m => m.Date!.Value).ToList();
        return new AskedBefore
        {
            Count = letters.Count,
            First = dates.Count > 0 ? dates.Min() : null,
            Last = dates.Count > 0 ? dates.Max() : null,
            Outcomes = letters.GroupBy(m => m.Outcome).Select(g => new OutcomeCount(g.Key, g.Count())).OrderByDescending(o => o.Count).ThenBy(o => o.Outcome).ToList(),
            Letters = letters,
        };
    }
}
