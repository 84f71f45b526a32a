namespace FoiBot.Core;

/// <summary>One question from the request and the authority's answer to it.</summary>
public sealed record QaPair
{
    /// <summary>The number the letter gives the question ("1", "2a"), or null when it is unnumbered.</summary>
    public string? Number { get; init; }

    public required string Question { get; init; }

    /// <summary>The answer text, without boilerplate; empty when the letter holds no answer (cut off, or only a link).</summary>
    public required string Answer { get; init; }

    public Outcome Outcome { get; init; }

    /// <summary>Exemptions the answer cites, such as "FOIA s12" or "FOISA s38(1)(b)".</summary>
    public IReadOnlyList<string> Exemptions { get; init; } = [];
}
