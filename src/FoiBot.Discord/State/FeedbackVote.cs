namespace FoiBot.Discord.State;

/// <summary>One member's verdict on one answer, with the short reason they may give for "wrong".</summary>
internal sealed record FeedbackVote(string AnswerId, string UserId, bool Helpful, string? Reason, DateTimeOffset At);
