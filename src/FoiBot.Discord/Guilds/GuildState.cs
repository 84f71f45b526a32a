using FoiBot.Discord.Api;

namespace FoiBot.Discord.Guilds;

/// <summary>One guild as <see cref="GuildCache"/> keeps it; changed only under the cache's lock.</summary>
internal sealed class GuildState
{
    public string? OwnerId { get; private set; }

    public Dictionary<string, Permissions> Roles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, GuildChannelDto> Channels { get; } = new(StringComparer.Ordinal);

    public MemberDto? BotMember { get; set; }

    public static GuildState From(GuildDto guild, string? botUserId)
    {
        var state = new GuildState();
        state.Update(guild);
        foreach (var channel in (guild.Channels ?? []).Concat(guild.Threads ?? []))
        {
            state.Channels[channel.Id] = channel;
        }

        state.BotMember = guild.Members?.FirstOrDefault(m => m.User?.Id is { } id && id == botUserId);
        return state;
    }

    /// <summary>GUILD_UPDATE carries the owner and roles, not channels or members.</summary>
    public void Update(GuildDto guild)
    {
        OwnerId = guild.OwnerId ?? OwnerId;
        if (guild.Roles is { } roles)
        {
            Roles.Clear();
            foreach (var role in roles)
            {
                Roles[role.Id] = ChannelPermissions.Parse(role.Permissions);
            }
        }
    }

    public void Role(GuildRoleEventDto change)
    {
        if (change.Role is { } role)
        {
            Roles[role.Id] = ChannelPermissions.Parse(role.Permissions);
        }
        else if (change.RoleId is { } id)
        {
            Roles.Remove(id);
        }
    }
}
