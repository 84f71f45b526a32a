using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.State;

/// <summary>Log lines of the bot's state, conversations and feedback (event ids 5060-5069).</summary>
internal static partial class StateLog
{
    [LoggerMessage(EventId = 5060, Level = LogLevel.Warning, Message = "The bot's state store could not {Action}: {Reason}")]
    public static partial void StateFailed(ILogger logger, string action, string reason);

    [LoggerMessage(EventId = 5061, Level = LogLevel.Information, Message = "Conversations, feedback and settings are kept in {Store}")]
    public static partial void StateOpened(ILogger logger, string store);

    [LoggerMessage(EventId = 5062, Level = LogLevel.Information, Message = "Feedback on answer {AnswerId}: {Verdict}")]
    public static partial void FeedbackRecorded(ILogger logger, string answerId, string verdict);

    [LoggerMessage(EventId = 5063, Level = LogLevel.Warning, Message = "Could not start a thread for an answer, replying in the channel: {Reason}")]
    public static partial void ThreadRefused(ILogger logger, string reason);
}
