using System.Globalization;
using FoiBot.Discord.Api;

namespace FoiBot.Discord.Guilds;

/// <summary>
/// A member's permissions in a channel by Discord's documented algorithm: the owner and administrators have all;
/// otherwise @everyone's role and the member's roles together, then the channel's @everyone overwrite, then its role
/// overwrites (denies and allows of all the member's roles at once), then the member's own overwrite. Without View
/// Channel nothing else counts, and without Send Messages nothing that needs sending does; a timed-out member may only
/// view and read.
/// </summary>
internal static class ChannelPermissions
{
    private const Permissions NeedSending = Permissions.EmbedLinks | Permissions.AttachFiles | Permissions.MentionEveryone | Permissions.SendTtsMessages;

    public static Permissions Compute(
        string guildId,
        string memberId,
        bool isOwner,
        IReadOnlyDictionary<string, Permissions> rolePermissions,
        IReadOnlyCollection<string> memberRoles,
        IReadOnlyList<OverwriteDto> overwrites,
        bool timedOut)
    {
        if (isOwner)
        {
            return Permissions.All;
        }

        var permissions = rolePermissions.GetValueOrDefault(guildId);
        foreach (var role in memberRoles)
        {
            permissions |= rolePermissions.GetValueOrDefault(role);
        }

        if (permissions.HasFlag(Permissions.Administrator))
        {
            return Permissions.All;
        }

        permissions = Apply(permissions, overwrites.Where(o => o.Type == 0 && o.Id == guildId));
        permissions = Apply(permissions, overwrites.Where(o => o.Type == 0 && o.Id != guildId && memberRoles.Contains(o.Id)));
        permissions = Apply(permissions, overwrites.Where(o => o.Type == 1 && o.Id == memberId));
        if (timedOut)
        {
            permissions &= Permissions.ViewChannel | Permissions.ReadMessageHistory;
        }

        if (!permissions.HasFlag(Permissions.ViewChannel))
        {
            return Permissions.None;
        }

        return permissions.HasFlag(Permissions.SendMessages) ? permissions : permissions & ~NeedSending;
    }

    public static Permissions Parse(string? bits) =>
        ulong.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? (Permissions)value : Permissions.None;

    /// <summary>One step: the denies of every overwrite in it, then their allows.</summary>
    private static Permissions Apply(Permissions permissions, IEnumerable<OverwriteDto> step)
    {
        var allow = Permissions.None;
        var deny = Permissions.None;
        foreach (var overwrite in step)
        {
            allow |= Parse(overwrite.Allow);
            deny |= Parse(overwrite.Deny);
        }

        return (permissions & ~deny) | allow;
    }
}
