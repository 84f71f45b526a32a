namespace FoiBot.Discord.Guilds;

/// <summary>What the bot may do in a channel, as far as it knows; unknown channels are tried, and a refusal is remembered.</summary>
internal readonly record struct ChannelAccess(bool CanSend, bool CanReadHistory, bool Known)
{
    public static ChannelAccess Unknown { get; } = new(true, true, false);
}
