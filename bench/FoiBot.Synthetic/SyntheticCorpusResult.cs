namespace FoiBot.Synthetic;

/// <summary>What <see cref="SyntheticCorpus.Write"/> did.</summary>
public sealed record SyntheticCorpusResult
{
    public required int Letters { get; init; }

    /// <summary>Letters already on disk with the right length, left alone.</summary>
    public required int Skipped { get; init; }

    /// <summary>Bytes of letter text in the corpus, written or skipped.</summary>
    public required long Bytes { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public required string TruthPath { get; init; }

    public required string QuestionsPath { get; init; }

    public required int Questions { get; init; }
}
