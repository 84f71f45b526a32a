namespace FoiBot.Answering.PriorDisclosure;

/// <summary>A new request checked against the letters: its questions, each with its prior disclosures.</summary>
public sealed record RequestCheck
{
    /// <summary>The authority the request goes to, when known: its own letters are duplicates, others' are neighbours'.</summary>
    public string? Authority { get; init; }

    public IReadOnlyList<QuestionCheck> Questions { get; init; } = [];

    /// <summary>True when some question was already answered (FOIA section 21: information reasonably accessible).</summary>
    public bool LikelyDuplicate => Questions.Any(q => q.DuplicateOf is not null);
}
