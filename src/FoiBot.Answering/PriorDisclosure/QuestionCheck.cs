namespace FoiBot.Answering.PriorDisclosure;

/// <summary>One question of the new request and what earlier letters disclosed on it, strongest first.</summary>
public sealed record QuestionCheck
{
    /// <summary>The question's place in the request, from 1.</summary>
    public required int Number { get; init; }

    public required string Question { get; init; }

    /// <summary>The letters of the authority checked for (every authority's when none is), its own earlier answers first.</summary>
    public IReadOnlyList<PriorMatch> Matches { get; init; } = [];

    /// <summary>Other authorities' letters on the same question, when an authority is checked for.</summary>
    public IReadOnlyList<PriorMatch> Elsewhere { get; init; } = [];

    /// <summary>An earlier letter of the authority checked for (any authority when none is) that was asked the same; null when none was.</summary>
    public PriorMatch? DuplicateOf { get; init; }

    /// <summary>Every earlier letter of <see cref="Matches"/>' authority that answered the same question, grouped; null when none did.</summary>
    public AskedBefore? AskedBefore { get; init; }
}
