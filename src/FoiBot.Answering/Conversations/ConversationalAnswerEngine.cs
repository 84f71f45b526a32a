using FoiBot.Core;

namespace FoiBot.Answering.Conversations;

/// <summary>
/// Gives an engine without memory (the extractive one) follow-ups: a question <see cref="FollowUpRule"/> finds
/// incomplete is answered whole, shown as asked, and every turn is remembered in the conversation's store.
/// Requests without a conversation pass straight through.
/// </summary>
public sealed class ConversationalAnswerEngine(IAnswerEngine inner, FollowUpRule rule, IConversationStore store) : IAnswerEngine
{
    public IAnswerEngine Inner { get; } = inner;

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ConversationId is null)
        {
            return await Inner.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var turns = await store.RecallAsync(request.ConversationId, cancellationToken).ConfigureAwait(false);
        var resolved = rule.Resolve(request, turns.Count == 0 ? null : turns[^1]);
        var asked = resolved ?? request;
        var answer = await Inner.AnswerAsync(asked, cancellationToken).ConfigureAwait(false);
        await store.RememberAsync(request.ConversationId, Turn(request, asked, answer.Text), cancellationToken).ConfigureAwait(false);
        return answer with { Question = request.Question };
    }

    /// <summary>The turn to remember: as asked, as answered, and the authority it was about.</summary>
    public ConversationTurn Turn(AnswerRequest request, AnswerRequest asked, string answer) =>
        new(request.Question, answer) { Standalone = asked.Question, Authority = rule.AuthorityOf(asked) };
}
