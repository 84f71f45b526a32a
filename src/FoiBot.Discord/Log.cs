using Microsoft.Extensions.Logging;

namespace FoiBot.Discord;

/// <summary>Every log line the Discord front end writes. Tokens never appear; user questions only at Debug.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Critical, Message = "{Message}")]
    public static partial void GatewayFatal(ILogger logger, string message);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Gateway connection ended ({CloseCode}: {Reason}); {Action} in {DelayMs:F0} ms")]
    private static partial void Reconnecting(ILogger logger, int? closeCode, string reason, string action, double delayMs);

    public static void Reconnecting(ILogger logger, int? closeCode, string reason, bool resume, double delayMs) =>
        Reconnecting(logger, closeCode, reason, resume ? "resuming" : "identifying", delayMs);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "No heartbeat ACK since the last heartbeat: closing the zombie connection to resume")]
    public static partial void Zombie(ILogger logger);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Debug, Message = "Ignored gateway opcode {Op}")]
    public static partial void UnknownOpcode(ILogger logger, int op);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Session start budget spent; next Identify waits {ResetAfterMs} ms")]
    public static partial void SessionBudgetSpent(ILogger logger, long resetAfterMs);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Discord recommends {Recommended} shards; configured {Configured} (Discord:ShardCount)")]
    public static partial void MoreShardsRecommended(ILogger logger, int recommended, int configured);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "GET /gateway/bot failed: {Reason}")]
    public static partial void DiscoveryFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Critical, Message = "Discord answered 401: the bot token is invalid (Discord:Token). No further REST requests are sent.")]
    public static partial void TokenRejected(ILogger logger);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Warning, Message = "Rate limited on {Route}: waiting {Seconds:F2} s (global: {Global}, attempt {Attempt})")]
    public static partial void RateLimited(ILogger logger, string route, double seconds, bool global, int attempt);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Warning, Message = "{Count} invalid Discord requests (401/403/429) in ten minutes: holding requests back until fewer (Discord bans at 10,000)")]
    public static partial void InvalidRequestsBackOff(ILogger logger, int count);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Warning, Message = "Application id not configured and GET /applications/@me failed ({Reason}); using each interaction's application_id")]
    public static partial void ApplicationIdUnknown(ILogger logger, string reason);

    [LoggerMessage(EventId = 5020, Level = LogLevel.Information, Message = "Connected to Discord as {UserId}")]
    public static partial void Ready(ILogger logger, string userId);

    [LoggerMessage(EventId = 5021, Level = LogLevel.Debug, Message = "Question from {UserId} in {ChannelId}: {Question}")]
    public static partial void Question(ILogger logger, string userId, string channelId, string question);

    [LoggerMessage(EventId = 5022, Level = LogLevel.Error, Message = "Handling {Kind} {Id} failed")]
    public static partial void HandlerFailed(ILogger logger, string kind, string id, Exception exception);

    [LoggerMessage(EventId = 5023, Level = LogLevel.Information, Message = "User {UserId} in {ChannelId} hit the FoiBot rate limit")]
    public static partial void UserRateLimited(ILogger logger, string userId, string channelId);

    [LoggerMessage(EventId = 5026, Level = LogLevel.Information, Message = "Mention from {UserId} in {ChannelId} declined: {Reason}")]
    public static partial void MentionDeclined(ILogger logger, string userId, string channelId, string reason);

    [LoggerMessage(EventId = 5027, Level = LogLevel.Debug, Message = "{UserId} was already told once in this window; no further note")]
    public static partial void NoticeSkipped(ILogger logger, string userId);

    [LoggerMessage(EventId = 5024, Level = LogLevel.Warning, Message = "Could not tell the user about a failure: {Reason}")]
    public static partial void ErrorReplyFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 5025, Level = LogLevel.Debug, Message = "Typing indicator refused: {Reason}")]
    public static partial void TypingFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 5030, Level = LogLevel.Warning, Message = "Rejected an HTTP interaction with a bad or missing signature")]
    public static partial void BadSignature(ILogger logger);
}
