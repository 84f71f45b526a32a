namespace FoiBot.Discord.Api;

internal sealed record ChoiceDto(string Name, string Value);
