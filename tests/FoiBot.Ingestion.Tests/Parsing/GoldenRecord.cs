namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>A letter's record as checked by hand against the letter itself; the parser must reproduce it field for field.</summary>
public sealed record GoldenRecord
{
    public required string File { get; init; }

    public string? Authority { get; init; }

    public List<string> References { get; init; } = [];

    public string? ResponseDate { get; init; }

    public string? ReceivedDate { get; init; }

    public string? Subject { get; init; }

    public required string Law { get; init; }

    public required string Outcome { get; init; }

    public List<GoldenPair> Pairs { get; init; } = [];
}

public sealed record GoldenPair
{
    public string? Number { get; init; }

    public required string Question { get; init; }

    public required string Answer { get; init; }

    public required string Outcome { get; init; }

    public List<string> Exemptions { get; init; } = [];
}
