namespace FoiBot.Discord.Api;

internal sealed record AutocompleteDataDto(IReadOnlyList<ChoiceDto> Choices);
