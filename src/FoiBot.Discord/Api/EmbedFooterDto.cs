namespace FoiBot.Discord.Api;

internal sealed record EmbedFooterDto(string Text);
