namespace FoiBot.Evaluation;

/// <summary>One question/answer pair a person checked in a letter: a phrase of the requester's question and one of the answer, copied exactly.</summary>
public sealed record ExpectedPair
{
    /// <summary>A phrase of the question; null when the answer stands with no question (the parser should give none).</summary>
    public string? Q { get; init; }

    /// <summary>A phrase of the answer; null when only the question is recorded.</summary>
    public string? A { get; init; }
}
