namespace FoiBot.Evaluation;

/// <summary>One line of an evaluation file: a question as a user would ask it, and the letters that answer it.</summary>
public sealed record EvalQuestion
{
    public required string Id { get; init; }

    public required string Question { get; init; }

    /// <summary>References of every letter that answers the question; empty when the corpus does not answer it.</summary>
    public required IReadOnlyList<string> GoldRefs { get; init; }

    /// <summary>A label for grouping figures ("paraphrase", "temporal", "unanswerable"); "unlabelled" when the line has none.</summary>
    public string Kind { get; init; } = EvalQuestionFile.Unlabelled;

    public bool Answerable => GoldRefs.Count > 0;
}
