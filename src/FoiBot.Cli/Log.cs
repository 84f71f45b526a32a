using Microsoft.Extensions.Logging;

namespace FoiBot.Cli;

/// <summary>The CLI's log events. Questions are personal data and are logged at Debug only.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Question {Id}: {Question}")]
    public static partial void Question(ILogger logger, string? id, string question);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Command failed")]
    public static partial void CommandFailed(ILogger logger, Exception exception);
}
