namespace FoiBot.Evaluation;

/// <summary>
/// The parser's figures over a folder of pair records: letters whose pairs are materially right, recorded pairs
/// found, and authority, reference and date read right, each over the records that give it.
/// </summary>
public sealed record PairReport
{
    public required int Letters { get; init; }

    public required int Skipped { get; init; }

    /// <summary>Letters whose pairs are materially right (<see cref="PairCheck"/>), out of <see cref="Letters"/>.</summary>
    public required int PairsRight { get; init; }

    public required int PairsFound { get; init; }

    public required int PairsExpected { get; init; }

    /// <summary>Records giving an authority; each is right, third party or none.</summary>
    public required int AuthorityChecked { get; init; }

    public required int AuthorityRight { get; init; }

    public required int AuthorityThirdParty { get; init; }

    public required int AuthorityNone { get; init; }

    public required int RefChecked { get; init; }

    public required int RefRight { get; init; }

    public required int DateChecked { get; init; }

    public required int DateRight { get; init; }

    /// <summary>Every failed check, letter by letter in record order.</summary>
    public required IReadOnlyList<PairFailure> Failures { get; init; }

    public required IReadOnlyList<PairLetterResult> Results { get; init; }

    public static PairReport Of(IReadOnlyList<PairLetterResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new PairReport
        {
            Letters = results.Count,
            Skipped = results.Count(r => r.Skipped is not null),
            PairsRight = results.Count(r => r.PairsRight),
            PairsFound = results.Sum(r => r.PairsFound),
            PairsExpected = results.Sum(r => r.PairsExpected),
            AuthorityChecked = results.Count(r => r.Authority is not null),
            AuthorityRight = results.Count(r => r.Authority == AuthorityMatch.Right),
            AuthorityThirdParty = results.Count(r => r.Authority == AuthorityMatch.ThirdParty),
            AuthorityNone = results.Count(r => r.Authority == AuthorityMatch.None),
            RefChecked = results.Count(r => r.RefRight is not null),
            RefRight = results.Count(r => r.RefRight == true),
            DateChecked = results.Count(r => r.DateRight is not null),
            DateRight = results.Count(r => r.DateRight == true),
            Failures = results.SelectMany(r => r.Failures).ToList(),
            Results = results,
        };
    }
}
