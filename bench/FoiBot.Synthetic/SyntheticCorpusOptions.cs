namespace FoiBot.Synthetic;

/// <summary>How large a synthetic corpus to write, and from which seed.</summary>
public sealed record SyntheticCorpusOptions
{
    /// <summary>How many letters: numbers 0 to Letters - 1.</summary>
    public required int Letters { get; init; }

    /// <summary>The same seed and number always give the same letter.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>How many questions questions.jsonl should hold; fewer when a small corpus cannot support them.</summary>
    public int Questions { get; init; } = 200;

    /// <summary>Leave a letter file alone when it is already there with the right length, so an interrupted run resumes.</summary>
    public bool Resume { get; init; } = true;

    /// <summary>How many letters are written at once; 0 uses every core.</summary>
    public int MaxParallelism { get; init; }

    public void Validate()
    {
        if (Letters < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Letters), Letters, "The number of letters cannot be negative.");
        }

        if (Questions < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Questions), Questions, "The number of questions cannot be negative.");
        }

        if (MaxParallelism < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxParallelism), MaxParallelism, "Use 0 for every core, or a positive number.");
        }
    }
}
