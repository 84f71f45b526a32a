using FoiBot.Answering.Conversations;
using FoiBot.Core.Authorities;
using FoiBot.Search;
using Microsoft.Extensions.Logging;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// The one choice of answer engine: the model, falling back to the extractive engine, when Llm:Provider names one;
/// the extractive engine alone otherwise; either way follow-ups in a conversation read the same <see cref="FollowUpRule"/>.
/// </summary>
public static class AnswerEngineFactory
{
    /// <param name="conversations">Where follow-ups find earlier turns; in memory (Llm:MaxTurns, Llm:Idle) when null.</param>
    public static IAnswerEngine Create(
        LlmOptions llm, AnswerOptions answering, LetterIndex index, AuthorityCatalog catalog, ILoggerFactory loggers, TimeProvider time, IConversationStore? conversations = null)
    {
        ArgumentNullException.ThrowIfNull(llm);
        var extractive = new ExtractiveAnswerEngine(index, catalog, answering);
        conversations ??= new ConversationMemory(llm.MaxTurns, llm.Idle, time);
        return llm.Enabled
            ? LlmAnswerEngine.Create(llm, index, catalog, extractive, loggers, time, conversations)
            : new ConversationalAnswerEngine(extractive, new FollowUpRule(index, catalog), conversations);
    }
}
