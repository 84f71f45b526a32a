namespace FoiBot.Search.Querying;

/// <summary>When a search reads so many passages that its common words are worth following its rarer ones (see <see cref="PassageQueryBuilder.Build"/>).</summary>
/// <remarks>Tests lower the sizes to see the behaviour on a small index; the defaults suit the 2-core machine the benchmark measures.</remarks>
internal sealed record WideSearchRules
{
    public static WideSearchRules Default { get; } = new();

    /// <summary>Searches over more passages than this (the whole index, or one authority's) lean on the rarer words.</summary>
    public int WideAbove { get; init; } = 100_000;

    /// <summary>A word held by more than this share of the passages is common (its BM25 idf is then below 4.6)...</summary>
    public double CommonShare { get; init; } = 0.01;

    /// <summary>...and by more than this many passages: below it, reading the word's whole posting list costs too little to avoid.</summary>
    public int MinCommonPassages { get; init; } = 20_000;

    /// <summary>The rarer words and references must match at least this many passages for common words to follow them.</summary>
    public int MinLeadingPassages { get; init; } = 200;
}
