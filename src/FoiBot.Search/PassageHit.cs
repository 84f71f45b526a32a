using FoiBot.Core;

namespace FoiBot.Search;

/// <summary>One question/answer passage that matched, with the whole letter it comes from.</summary>
public sealed record PassageHit
{
    public required string LetterId { get; init; }

    public required Disclosure Letter { get; init; }

    /// <summary>The passage's index in the letter's passages: its pairs, then its unpaired text (<see cref="Disclosure.PassageAt"/>).</summary>
    public required int PairIndex { get; init; }

    public required QaPair Pair { get; init; }

    /// <summary>The BM25 score; comparable only among hits of the same query.</summary>
    public required float Score { get; init; }
}
