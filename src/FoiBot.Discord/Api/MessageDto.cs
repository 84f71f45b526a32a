namespace FoiBot.Discord.Api;

/// <summary>The MESSAGE_CREATE fields the bot reads; the rest of Discord's message object is ignored.</summary>
internal sealed record MessageDto
{
    public string Id { get; init; } = "";

    public string ChannelId { get; init; } = "";

    public string? GuildId { get; init; }

    /// <summary>The type of the channel it was posted in (threads are 10-12).</summary>
    public int? ChannelType { get; init; }

    public UserDto? Author { get; init; }

    public string? Content { get; init; }

    public IReadOnlyList<UserDto>? Mentions { get; init; }

    /// <summary>Set on messages a webhook posted; those are never answered.</summary>
    public string? WebhookId { get; init; }
}
