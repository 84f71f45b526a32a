namespace FoiBot.Evaluation;

/// <summary>A quote a system showed as support, with the requester's question of the passage it was taken from.</summary>
public sealed record CitedQuote
{
    public required string Quote { get; init; }

    public required string Question { get; init; }
}
