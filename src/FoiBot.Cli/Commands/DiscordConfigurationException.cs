namespace FoiBot.Cli.Commands;

/// <summary>The Discord section cannot start the bot; the message names the key and its environment variable.</summary>
internal sealed class DiscordConfigurationException(string message) : Exception(message);
