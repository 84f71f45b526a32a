using Microsoft.Extensions.Logging;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>The LLM engine's log events. Never the key; the question only at Debug.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 601, Level = LogLevel.Information, Message = "Model call failed ({Reason}); retrying in {DelayMs:F0} ms (retry {Retry})")]
    public static partial void Retrying(ILogger logger, string reason, double delayMs, int retry);

    [LoggerMessage(EventId = 602, Level = LogLevel.Warning, Message = "The model's answer was not used ({Reason}); the extractive engine answered")]
    public static partial void FellBack(ILogger logger, string reason);

    [LoggerMessage(EventId = 603, Level = LogLevel.Debug, Message = "Model ran {Function}({Arguments})")]
    public static partial void ToolCalled(ILogger logger, string function, string arguments);

    [LoggerMessage(EventId = 604, Level = LogLevel.Debug, Message = "Question for the model: {Question}")]
    public static partial void Question(ILogger logger, string question);
}
