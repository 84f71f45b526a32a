namespace FoiBot.Answering.Conversations;

/// <summary>
/// Recent turns per conversation (a Discord thread, a member in a channel, a chat session). In memory by default;
/// a host whose conversations must outlive the process, or be shared by several, gives a persistent one.
/// </summary>
public interface IConversationStore
{
    /// <summary>The conversation's recent turns, oldest first; empty for none or a null id.</summary>
    Task<IReadOnlyList<ConversationTurn>> RecallAsync(string? conversationId, CancellationToken cancellationToken);

    /// <summary>Adds a turn, keeping the store's bound on turns per conversation.</summary>
    Task RememberAsync(string? conversationId, ConversationTurn turn, CancellationToken cancellationToken);
}
