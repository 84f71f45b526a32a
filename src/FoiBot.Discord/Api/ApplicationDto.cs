namespace FoiBot.Discord.Api;

internal sealed record ApplicationDto
{
    public string Id { get; init; } = "";
}
