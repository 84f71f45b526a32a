namespace FoiBot.Discord.Gateway;

/// <summary>The intents FoiBot asks for. None is privileged: mentions and DMs carry their content without MESSAGE_CONTENT.</summary>
[Flags]
internal enum GatewayIntents
{
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,
    FoiBot = Guilds | GuildMessages | DirectMessages,
}
