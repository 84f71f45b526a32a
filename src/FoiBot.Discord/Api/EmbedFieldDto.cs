namespace FoiBot.Discord.Api;

internal sealed record EmbedFieldDto(string Name, string Value, bool Inline = false);
