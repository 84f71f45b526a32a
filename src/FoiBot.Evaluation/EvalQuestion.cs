namespace FoiBot.Evaluation;

/// <summary>One line of an evaluation file: a question as a user would ask it, and the letters that answer it.</summary>
public sealed record EvalQuestion
{
    public required string Id { get; init; }

    public required string Question { get; init; }

    /// <summary>References of letters that answer the question; empty when the corpus does not answer it or the file names them by file.</summary>
    public required IReadOnlyList<string> GoldRefs { get; init; }

    /// <summary>
    /// File names (not paths) of letters that answer the question, for letters that print no reference; a letter is
    /// gold when it is named here or by <see cref="GoldRefs"/>.
    /// </summary>
    public IReadOnlyList<string> GoldFiles { get; init; } = [];

    /// <summary>A label for grouping figures ("paraphrase", "temporal", "unanswerable"); "unlabelled" when the line has none.</summary>
    public string Kind { get; init; } = EvalQuestionFile.Unlabelled;

    /// <summary>The verdict a right answer gives, one of <see cref="VerdictLabels.Expected"/>; null when the line gives none.</summary>
    public string? Verdict { get; init; }

    /// <summary>The figure or short phrase a right answer must show, as the letter prints it ("29,106"); null when the line gives none.</summary>
    public string? Key { get; init; }

    public bool Answerable => GoldRefs.Count > 0 || GoldFiles.Count > 0;
}
