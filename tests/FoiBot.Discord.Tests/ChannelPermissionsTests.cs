using FoiBot.Discord.Api;
using FoiBot.Discord.Guilds;

namespace FoiBot.Discord.Tests;

/// <summary>Discord's permission algorithm for the bot in one channel, case by case.</summary>
public sealed class ChannelPermissionsTests
{
    private const string Guild = "1";
    private const string Bot = "2";
    private const string BotRole = "3";
    private const string OtherRole = "4";
    private const Permissions Everyone = Permissions.ViewChannel | Permissions.SendMessages | Permissions.ReadMessageHistory | Permissions.EmbedLinks;

    private static readonly Dictionary<string, Permissions> s_roles = new()
    {
        [Guild] = Everyone,
        [BotRole] = Permissions.None,
        [OtherRole] = Permissions.Administrator,
    };

    [Theory]
    [InlineData("everyone denied send", "0:1:0:2048", true)]
    [InlineData("everyone denied, bot's role allowed send", "0:1:0:2048|0:3:2048:0", false)]
    [InlineData("bot's role allowed, the bot itself denied send", "0:3:2048:0|1:2:0:2048", true)]
    [InlineData("everyone denied view: nothing else counts", "0:1:0:1024", true)]
    [InlineData("another member's overwrite does not apply", "1:9:0:2048", false)]
    [InlineData("another role's overwrite does not apply", "0:4:0:2048", false)]
    public void Compute_Overwrites_AppliedInDiscordsOrder(string because, string overwrites, bool cannotSend)
    {
        var permissions = ChannelPermissions.Compute(Guild, Bot, isOwner: false, s_roles, [BotRole], Parse(overwrites), timedOut: false);

        Assert.True(cannotSend != permissions.HasFlag(Permissions.SendMessages), because);
    }

    [Fact]
    public void Compute_WithoutSendMessages_EmbedLinksGoesToo()
    {
        var permissions = ChannelPermissions.Compute(Guild, Bot, false, s_roles, [BotRole], Parse("0:1:0:2048"), false);

        Assert.Equal(Permissions.ViewChannel | Permissions.ReadMessageHistory, permissions);
    }

    [Fact]
    public void Compute_AdministratorOrOwner_OverwritesCannotDeny()
    {
        var denyAll = Parse($"0:1:0:{ulong.MaxValue}|1:2:0:{ulong.MaxValue}");

        Assert.Equal(Permissions.All, ChannelPermissions.Compute(Guild, Bot, false, s_roles, [OtherRole], denyAll, false));
        Assert.Equal(Permissions.All, ChannelPermissions.Compute(Guild, Bot, true, s_roles, [], denyAll, false));
    }

    [Fact]
    public void Compute_TimedOut_OnlyViewAndRead()
    {
        var permissions = ChannelPermissions.Compute(Guild, Bot, false, s_roles, [BotRole], [], timedOut: true);

        Assert.Equal(Permissions.ViewChannel | Permissions.ReadMessageHistory, permissions);
    }

    /// <summary>"type:id:allow:deny" separated by "|".</summary>
    private static List<OverwriteDto> Parse(string overwrites) =>
    [
        .. overwrites.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(o => o.Split(':')).Select(p => new OverwriteDto
        {
            Type = int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture),
            Id = p[1],
            Allow = p[2],
            Deny = p[3],
        }),
    ];
}
