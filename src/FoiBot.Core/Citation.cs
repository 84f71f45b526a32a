namespace FoiBot.Core;

/// <summary>A letter an answer rests on (or, as related reading, a near miss), with the sentence quoted from it.</summary>
public sealed record Citation
{
    /// <summary>The letter's reference as printed; null only when the letter carries none.</summary>
    public required string? Ref { get; init; }

    public required string Authority { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>The requester's question the quote answers.</summary>
    public required string Question { get; init; }

    /// <summary>A sentence copied verbatim from the letter's answer.</summary>
    public required string Quote { get; init; }

    /// <summary>The letter's file path.</summary>
    public required string Source { get; init; }

    /// <summary>Where the letter is published (<see cref="Disclosure.SourceAddress"/>), so a requester can be pointed to it; null when unknown.</summary>
    public string? SourceAddress { get; init; }
}
