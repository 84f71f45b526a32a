using FoiBot.Discord.Api;

namespace FoiBot.Discord.Interactions;

/// <summary>FoiBot's slash commands, registered in one bulk overwrite, and the custom ids of its buttons.</summary>
internal static class SlashCommands
{
    public const string Ask = "ask";
    public const string Search = "search";
    public const string Letter = "letter";
    public const string ShowLetterPrefix = "foi:letter:";

    public static IReadOnlyList<ApplicationCommandDto> All { get; } =
    [
        new()
        {
            Name = Ask,
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
            Description = "Show one FOI response letter by its reference",
            Options = [new() { Type = CommandOptionDto.String, Name = "ref", Description = "The letter's reference", Required = true, MaxLength = 100 }],
        },
    ];
}
