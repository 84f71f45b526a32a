namespace FoiBot.Answering.Conversations;

/// <summary>
/// Recent turns per conversation (a Discord thread or channel, a chat session), so "and Coventry?" has a topic.
/// Bounded in turns per conversation, in conversations held, and in time: one left idle is forgotten.
/// </summary>
public sealed class ConversationMemory(int maxTurns, TimeSpan idle, TimeProvider time) : IConversationStore
{
    /// <summary>Beyond this many conversations the longest idle is dropped, so a busy server cannot grow it without end.</summary>
    public const int MaxConversations = 10_000;

    private readonly Dictionary<string, (List<ConversationTurn> Turns, DateTimeOffset Touched)> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task<IReadOnlyList<ConversationTurn>> RecallAsync(string? conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(Recall(conversationId));

    public Task RememberAsync(string? conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        Remember(conversationId, turn);
        return Task.CompletedTask;
    }

    public IReadOnlyList<ConversationTurn> Recall(string? conversationId)
    {
        if (conversationId is null || maxTurns == 0)
        {
            return [];
        }

        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var entry))
            {
                return [];
            }

            if (time.GetUtcNow() - entry.Touched > idle)
            {
                _conversations.Remove(conversationId);
                return [];
            }

            return entry.Turns.ToList();
        }
    }

    public void Remember(string? conversationId, ConversationTurn turn)
    {
        if (conversationId is null || maxTurns == 0)
        {
            return;
        }

        lock (_lock)
        {
            var now = time.GetUtcNow();
            var turns = _conversations.TryGetValue(conversationId, out var entry) && now - entry.Touched <= idle ? entry.Turns : [];
            turns.Add(turn);
            if (turns.Count > maxTurns)
            {
                turns.RemoveRange(0, turns.Count - maxTurns);
            }

            _conversations[conversationId] = (turns, now);
            if (_conversations.Count > MaxConversations)
            {
                _conversations.Remove(_conversations.MinBy(c => c.Value.Touched).Key);
            }
        }
    }
}
