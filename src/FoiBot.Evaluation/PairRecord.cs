namespace FoiBot.Evaluation;

/// <summary>
/// What a person read in one letter, to measure the parser against: who sent it, its reference and date, and its
/// question/answer pairs. Fields left null are not checked.
/// </summary>
public sealed record PairRecord
{
    /// <summary>The letter's file name (not a path), matched without regard to case.</summary>
    public required string File { get; init; }

    /// <summary>The record's own file, as the user named it, for messages.</summary>
    public required string RecordPath { get; init; }

    public string? Authority { get; init; }

    public string? Ref { get; init; }

    /// <summary>"yyyy-MM-dd", or "yyyy-MM" or "yyyy" when the letter gives no more (or the person did not): compared at that precision.</summary>
    public string? Date { get; init; }

    public required IReadOnlyList<ExpectedPair> Pairs { get; init; }
}
