namespace FoiBot.Discord.Api;

internal sealed record ChannelDto
{
    public string Id { get; init; } = "";
}
