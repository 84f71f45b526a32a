using System.Text.Json;
using FoiBot.Discord.Api;
using FoiBot.Discord.Gateway;

namespace FoiBot.Discord.Guilds;

/// <summary>
/// What the gateway has said about each guild the bot is in (its roles, channels, threads and the bot's own member),
/// kept up to date from GUILD_*, CHANNEL_*, THREAD_* and GUILD_ROLE_* events so the bot knows before posting whether it
/// may: a 403 costs Discord's invalid-request budget. A refusal Discord gives anyway is remembered until something
/// in that guild changes or <see cref="RefusalMemory"/> passes.
/// </summary>
internal sealed class GuildCache(TimeProvider time)
{
    public static readonly TimeSpan RefusalMemory = TimeSpan.FromMinutes(10);

    private static readonly HashSet<int> s_threadTypes = [10, 11, 12];

    private readonly Dictionary<string, GuildState> _guilds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Guild, string Channel), DateTimeOffset> _refused = [];
    private readonly Lock _lock = new();

    /// <summary>Takes in any dispatch; those that say nothing about guilds are ignored.</summary>
    public void Observe(GatewayDispatch dispatch, string? botUserId)
    {
        lock (_lock)
        {
            switch (dispatch.Name)
            {
                case "GUILD_CREATE" when Read<GuildDto>(dispatch) is { Unavailable: not true } guild:
                    _guilds[guild.Id] = GuildState.From(guild, botUserId);
                    Changed(guild.Id);
                    break;
                case "GUILD_UPDATE" when Read<GuildDto>(dispatch) is { } guild && _guilds.TryGetValue(guild.Id, out var state):
                    state.Update(guild);
                    Changed(guild.Id);
                    break;
                case "GUILD_DELETE" when Read<GuildDto>(dispatch) is { } guild:
                    _guilds.Remove(guild.Id);
                    Changed(guild.Id);
                    break;
                case "GUILD_ROLE_CREATE" or "GUILD_ROLE_UPDATE" or "GUILD_ROLE_DELETE" when Read<GuildRoleEventDto>(dispatch) is { } role && _guilds.TryGetValue(role.GuildId, out var state):
                    state.Role(role);
                    Changed(role.GuildId);
                    break;
                case "CHANNEL_CREATE" or "CHANNEL_UPDATE" or "THREAD_CREATE" or "THREAD_UPDATE" when Read<GuildChannelDto>(dispatch) is { GuildId: { } guildId } channel && _guilds.TryGetValue(guildId, out var state):
                    state.Channels[channel.Id] = channel;
                    Changed(guildId);
                    break;
                case "CHANNEL_DELETE" or "THREAD_DELETE" when Read<GuildChannelDto>(dispatch) is { GuildId: { } guildId } channel && _guilds.TryGetValue(guildId, out var state):
                    state.Channels.Remove(channel.Id);
                    Changed(guildId);
                    break;
                case "GUILD_MEMBER_UPDATE" when Read<GuildMemberEventDto>(dispatch) is { } member && member.User?.Id == botUserId && _guilds.TryGetValue(member.GuildId, out var state):
                    state.BotMember = new MemberDto { User = member.User, Roles = member.Roles, CommunicationDisabledUntil = member.CommunicationDisabledUntil };
                    Changed(member.GuildId);
                    break;
            }
        }
    }

    /// <summary>Whether the bot may post (and reply) in a channel; in DMs it always may.</summary>
    public ChannelAccess Access(string? guildId, string channelId)
    {
        if (guildId is null)
        {
            return new ChannelAccess(true, true, true);
        }

        lock (_lock)
        {
            if (_refused.TryGetValue((guildId, channelId), out var until) && until > time.GetUtcNow())
            {
                return new ChannelAccess(false, false, true);
            }

            if (!_guilds.TryGetValue(guildId, out var guild) || guild.BotMember is not { User.Id: { } botId } bot
                || !guild.Channels.TryGetValue(channelId, out var channel))
            {
                return ChannelAccess.Unknown;
            }

            var thread = s_threadTypes.Contains(channel.Type);
            var source = channel;
            if (thread && (channel.ParentId is null || !guild.Channels.TryGetValue(channel.ParentId, out source)))
            {
                return ChannelAccess.Unknown;
            }

            var timedOut = bot.CommunicationDisabledUntil > time.GetUtcNow();
            var permissions = ChannelPermissions.Compute(guildId, botId, guild.OwnerId == botId, guild.Roles, bot.Roles ?? [], source!.PermissionOverwrites ?? [], timedOut);
            var send = thread ? Permissions.SendMessagesInThreads : Permissions.SendMessages;
            return new ChannelAccess(permissions.HasFlag(send), permissions.HasFlag(Permissions.ReadMessageHistory), true);
        }
    }

    /// <summary>A thread's parent channel, when known; settings that allow a channel allow its threads.</summary>
    public string? ParentOf(string guildId, string channelId)
    {
        lock (_lock)
        {
            return _guilds.TryGetValue(guildId, out var guild) && guild.Channels.TryGetValue(channelId, out var channel) && s_threadTypes.Contains(channel.Type)
                ? channel.ParentId
                : null;
        }
    }

    /// <summary>Discord refused a post here (403): nothing more is tried until the guild changes or the memory passes.</summary>
    public void Refused(string? guildId, string channelId)
    {
        lock (_lock)
        {
            _refused[(guildId ?? "", channelId)] = time.GetUtcNow() + RefusalMemory;
        }
    }

    private void Changed(string guildId)
    {
        foreach (var key in _refused.Keys.Where(k => k.Guild == guildId).ToList())
        {
            _refused.Remove(key);
        }
    }

    private static T? Read<T>(GatewayDispatch dispatch)
        where T : class
    {
        try
        {
            return dispatch.Data.Deserialize<T>(DiscordJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
