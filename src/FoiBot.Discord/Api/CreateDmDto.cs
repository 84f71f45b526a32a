namespace FoiBot.Discord.Api;

internal sealed record CreateDmDto(string RecipientId);
