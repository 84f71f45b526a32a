namespace FoiBot.Synthetic;

/// <summary>A question and the answers the authority may give to it; each answer is a template with slots.</summary>
internal sealed record TopicQuestion
{
    public required string Text { get; init; }

    public string? Information { get; init; }

    public string? Yes { get; init; }

    public string? No { get; init; }
}
