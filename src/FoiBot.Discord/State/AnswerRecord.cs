namespace FoiBot.Discord.State;

/// <summary>An answer as the bot sent it: enough to judge it later without the conversation.</summary>
internal sealed record AnswerRecord
{
    /// <summary>The id of the message or interaction that asked, which the feedback buttons carry.</summary>
    public required string AnswerId { get; init; }

    public required string Question { get; init; }

    /// <summary>The verdict shown ("Yes", "No answer found").</summary>
    public required string Verdict { get; init; }

    public bool Abstained { get; init; }

    /// <summary>"extractive" or "llm".</summary>
    public required string Engine { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>The authority the question was about, when one was named.</summary>
    public string? Authority { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    public required DateTimeOffset AskedAt { get; init; }
}
