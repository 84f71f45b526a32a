namespace FoiBot.Discord.Api;

/// <summary>GUILD_MEMBER_UPDATE: the bot watches its own roles and timeout.</summary>
internal sealed record GuildMemberEventDto
{
    public string GuildId { get; init; } = "";

    public UserDto? User { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    public DateTimeOffset? CommunicationDisabledUntil { get; init; }
}
