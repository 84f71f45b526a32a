namespace FoiBot.Evaluation;

/// <summary>How the parser did on one recorded letter. A check the record does not ask for is null.</summary>
public sealed record PairLetterResult
{
    public required string File { get; init; }

    /// <summary>Why the letter was not indexed, or null when it was.</summary>
    public string? Skipped { get; init; }

    /// <summary>Recorded pairs with an answer phrase.</summary>
    public required int PairsExpected { get; init; }

    /// <summary>Of <see cref="PairsExpected"/>, those found with their answer and question as recorded.</summary>
    public required int PairsFound { get; init; }

    /// <summary>Every recorded pair found, no recorded question glued into a parsed answer, and the letter not skipped.</summary>
    public required bool PairsRight { get; init; }

    public AuthorityMatch? Authority { get; init; }

    public bool? RefRight { get; init; }

    public bool? DateRight { get; init; }

    public IReadOnlyList<PairFailure> Failures { get; init; } = [];
}
