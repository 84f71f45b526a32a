namespace FoiBot.Discord.Api;

/// <summary>GUILD_ROLE_CREATE and UPDATE carry the role; GUILD_ROLE_DELETE only its id.</summary>
internal sealed record GuildRoleEventDto
{
    public string GuildId { get; init; } = "";

    public RoleDto? Role { get; init; }

    public string? RoleId { get; init; }
}
