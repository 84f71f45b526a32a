namespace FoiBot.Discord.State;

/// <summary>The answers the bot gave and what members said of them, for `foibot feedback`.</summary>
internal interface IFeedbackStore
{
    /// <summary>Keeps an answer as it was sent; sending it again under the same id replaces it.</summary>
    Task RecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken);

    Task<AnswerRecord?> FindAnswerAsync(string answerId, CancellationToken cancellationToken);

    /// <summary>One vote per member per answer: a second vote replaces the first, keeping its reason unless the new one gives one.</summary>
    Task RecordVoteAsync(FeedbackVote vote, CancellationToken cancellationToken);

    /// <summary>Every answer with its votes, oldest first.</summary>
    Task<IReadOnlyList<FeedbackEntry>> ListAsync(CancellationToken cancellationToken);
}
