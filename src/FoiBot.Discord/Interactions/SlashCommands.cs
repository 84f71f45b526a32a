using System.Globalization;
using FoiBot.Discord.Api;
using FoiBot.Discord.Guilds;
using FoiBot.Discord.Settings;

namespace FoiBot.Discord.Interactions;

/// <summary>FoiBot's slash commands, registered in one bulk overwrite with the permissions each needs, and the custom ids of its buttons.</summary>
internal static class SlashCommands
{
    public const string Ask = "ask";
    public const string Search = "search";
    public const string Letter = "letter";
    public const string Settings = SettingsCommand.Name;
    public const string ShowLetterPrefix = "foi:letter:";

    /// <summary>Manage Server: the admins who may change /settings unless the server gives it to others.</summary>
    public static readonly string AdminPermission = ((ulong)Permissions.ManageGuild).ToString(CultureInfo.InvariantCulture);

    /// <summary>Text, announcement and forum channels.</summary>
    private static readonly int[] s_postableChannels = [0, 5, 15];

    public static IReadOnlyList<ApplicationCommandDto> All { get; } =
    [
        new()
        {
            Name = Ask,
            DefaultMemberPermissions = null,
            Description = "Ask a question about UK Freedom of Information disclosures",
            Options =
            [
                new() { Type = CommandOptionDto.String, Name = "question", Description = "Your question", Required = true, MaxLength = 1000 },
                new() { Type = CommandOptionDto.String, Name = "authority", Description = "Limit to one public authority", Autocomplete = true },
            ],
        },
        new()
        {
            Name = Search,
            DefaultMemberPermissions = null,
            Description = "Search the FOI response letters",
            Options =
            [
                new() { Type = CommandOptionDto.String, Name = "terms", Description = "Words to look for", Required = true, MaxLength = 500 },
                new() { Type = CommandOptionDto.String, Name = "authority", Description = "Limit to one public authority", Autocomplete = true },
                new() { Type = CommandOptionDto.Integer, Name = "year", Description = "Only letters answered in this year", MinValue = 2000, MaxValue = 2100 },
            ],
        },
        new()
        {
            Name = Letter,
            DefaultMemberPermissions = null,
            Description = "Show one FOI response letter by its reference",
            Options = [new() { Type = CommandOptionDto.String, Name = "ref", Description = "The letter's reference", Required = true, MaxLength = 100 }],
        },
        new()
        {
            Name = Settings,
            DefaultMemberPermissions = AdminPermission,
            Contexts = [0],
            Description = "Where and how FoiBot answers in this server (admins)",
            Options =
            [
                Sub("show", "Show this server's settings", []),
                Sub("mentions", "Answer @mentions, or only slash commands", [new() { Type = CommandOptionDto.Boolean, Name = "enabled", Description = "Answer @mentions", Required = true }]),
                Sub("channel", "Allow or stop answers in one channel", [
                    new() { Type = CommandOptionDto.Channel, Name = "channel", Description = "The channel", Required = true, ChannelTypes = s_postableChannels },
                    new() { Type = CommandOptionDto.Boolean, Name = "allowed", Description = "Answer there", Required = true },
                ]),
                Sub("all-channels", "Answer in every channel FoiBot can post in", []),
                Sub("authority", "The authority questions are about when they name none (empty to clear)", [
                    new() { Type = CommandOptionDto.String, Name = "name", Description = "A public authority", Autocomplete = true, MaxLength = 100 },
                ]),
            ],
        },
    ];

    private static CommandOptionDto Sub(string name, string description, IReadOnlyList<CommandOptionDto> options) =>
        new() { Type = CommandOptionDto.SubCommand, Name = name, Description = description, Options = options };
}
