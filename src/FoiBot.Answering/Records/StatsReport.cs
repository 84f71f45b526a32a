namespace FoiBot.Answering.Records;

/// <summary>How many letters were answered in a date range, by authority, outcome and exemption cited.</summary>
public sealed record StatsReport
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public required int Letters { get; init; }

    public required IReadOnlyList<NamedCount> ByAuthority { get; init; }

    public required IReadOnlyList<NamedCount> ByOutcome { get; init; }

    public required IReadOnlyList<NamedCount> ByExemption { get; init; }
}
