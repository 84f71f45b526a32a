using FoiBot.Core;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>A passage of an earlier letter that touches a question of the new request.</summary>
public sealed record PriorMatch
{
    public required string? Ref { get; init; }

    public required string Authority { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>The number the letter gives the question, when it numbers them.</summary>
    public string? Number { get; init; }

    /// <summary>The earlier requester's question.</summary>
    public required string Question { get; init; }

    /// <summary>The sentence of the answer that bears on the question, copied verbatim; empty when the letter gives none.</summary>
    public required string Quote { get; init; }

    public required Outcome Outcome { get; init; }

    public required MatchStrength Strength { get; init; }

    /// <summary>The rarity-weighted share of the question's topic the passage covers, 0 to 1.</summary>
    public required double Coverage { get; init; }

    public required string Source { get; init; }

    /// <summary>Where the earlier letter is published, when known: the page a requester can be pointed to.</summary>
    public string? SourceAddress { get; init; }
}
