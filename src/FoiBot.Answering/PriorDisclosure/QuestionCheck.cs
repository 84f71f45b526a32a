namespace FoiBot.Answering.PriorDisclosure;

/// <summary>One question of the new request and what earlier letters disclosed on it, strongest first.</summary>
public sealed record QuestionCheck
{
    /// <summary>The question's place in the request, from 1.</summary>
    public required int Number { get; init; }

    public required string Question { get; init; }

    public IReadOnlyList<PriorMatch> Matches { get; init; } = [];

    /// <summary>An earlier letter of the authority checked for (any authority when none is) that was asked the same; null when none was.</summary>
    public PriorMatch? DuplicateOf { get; init; }
}
