using FoiBot.Search;

namespace FoiBot.Answering;

/// <summary>A retrieved passage with how much of the question it covers.</summary>
internal sealed record ScoredPassage(PassageHit Hit, double Coverage)
{
    public DateOnly? Date => Hit.Letter.ResponseDate;
}
