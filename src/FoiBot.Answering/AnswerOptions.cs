namespace FoiBot.Answering;

/// <summary>How the extractive engine weighs evidence. The defaults are calibrated with `foibot eval` on the dev question set.</summary>
public sealed record AnswerOptions
{
    public const string SectionName = "Answering";

    /// <summary>Share of the question's topic (weighted by rarity) a passage must cover to count as an answer.</summary>
    public double MinCoverage { get; init; } = 0.5;

    /// <summary>
    /// <see cref="MinCoverage"/> for a question naming an authority whose letters are indexed: only that body's letters
    /// are read, so a question in everyday words that shares fewer of its words with the answering letter still finds it.
    /// Never above <see cref="MinCoverage"/>: the lower of the two applies.
    /// </summary>
    public double NamedAuthorityMinCoverage { get; init; } = 0.4;

    /// <summary>Coverage of the topic by a letter's own question at which that letter was asked the same thing.</summary>
    public double StrongCoverage { get; init; } = 0.85;

    public int MaxCitations { get; init; } = 5;

    public int MaxRelated { get; init; } = 3;

    /// <summary>How many passages to read from the index before weighing them.</summary>
    public int RetrievalDepth { get; init; } = 40;

    public void Validate()
    {
        if (MinCoverage is <= 0 or > 1)
        {
            throw new ArgumentException("MinCoverage must be above 0 and at most 1.", nameof(MinCoverage));
        }

        if (NamedAuthorityMinCoverage is <= 0 or > 1)
        {
            throw new ArgumentException("NamedAuthorityMinCoverage must be above 0 and at most 1.", nameof(NamedAuthorityMinCoverage));
        }

        if (StrongCoverage < MinCoverage || StrongCoverage > 1)
        {
            throw new ArgumentException("StrongCoverage must be between MinCoverage and 1.", nameof(StrongCoverage));
        }

        if (MaxCitations < 1 || MaxRelated < 0 || RetrievalDepth < MaxCitations)
        {
            throw new ArgumentException("MaxCitations must be at least 1, MaxRelated at least 0, and RetrievalDepth at least MaxCitations.", nameof(MaxCitations));
        }
    }
}
