using FoiBot.Search;

namespace FoiBot.Answering;

/// <summary>
/// A retrieved passage with how much of the user's topic it covers: all of it (subject, question and answer), and
/// the requester's question alone, which tells whether the letter was asked the same thing.
/// </summary>
internal sealed record ScoredPassage(PassageHit Hit, double Coverage, double QuestionCoverage)
{
    public DateOnly? Date => Hit.Letter.ResponseDate;

    /// <summary>Likeness in meaning to the question when the words alone missed this passage and the embedding model lifted it; null otherwise.</summary>
    public double? Likeness { get; init; }
}
