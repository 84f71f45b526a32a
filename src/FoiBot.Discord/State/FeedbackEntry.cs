namespace FoiBot.Discord.State;

/// <summary>An answer and the votes it got.</summary>
internal sealed record FeedbackEntry(AnswerRecord Answer, IReadOnlyList<FeedbackVote> Votes)
{
    public int Helpful => Votes.Count(v => v.Helpful);

    public int Wrong => Votes.Count(v => !v.Helpful);
}
