using FoiBot.Core;

namespace FoiBot.Search;

/// <summary>A free-text question, optionally narrowed to one authority, a date range and an outcome, and boosted towards known references.</summary>
public sealed record PassageQuery
{
    public const int MaxLimit = 1000;

    /// <summary>The user's words; any punctuation is safe. Reference-like words ("FOI-1091-1718") are also tried as whole references.</summary>
    public required string Text { get; init; }

    /// <summary>Only passages from this authority (whole name, case-insensitive); null or blank for all authorities.</summary>
    public string? Authority { get; init; }

    /// <summary>Only passages of letters answered on or after this date; undated letters never pass a date filter.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only passages of letters answered on or before this date.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only answers with this outcome.</summary>
    public Outcome? Outcome { get; init; }

    /// <summary>References whose letters should rank first.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Only passages of the letters carrying one of <see cref="References"/> (whole, case-insensitive).</summary>
    public bool OnlyReferences { get; init; }

    /// <summary>
    /// For lists of near misses over a large index: only passages holding one of the question's rarer words or a
    /// reference it names, ranked by those alone. A question of common words alone then finds none, rather than
    /// reading every passage that holds them. In an index too small for that cost to matter, and within one
    /// authority, it changes nothing.
    /// </summary>
    public bool RareWordsOnly { get; init; }

    /// <summary>The most hits to return; at most <see cref="MaxLimit"/>, and none when zero or less.</summary>
    public int Limit { get; init; } = 20;
}
