namespace FoiBot.Discord.Api;

/// <summary>GUILD_CREATE and GUILD_UPDATE: what the bot needs to work out where it may post.</summary>
internal sealed record GuildDto
{
    public string Id { get; init; } = "";

    public string? OwnerId { get; init; }

    public bool? Unavailable { get; init; }

    public IReadOnlyList<RoleDto>? Roles { get; init; }

    public IReadOnlyList<GuildChannelDto>? Channels { get; init; }

    public IReadOnlyList<GuildChannelDto>? Threads { get; init; }

    /// <summary>Without the members intent, GUILD_CREATE still lists the bot's own member.</summary>
    public IReadOnlyList<MemberDto>? Members { get; init; }
}
