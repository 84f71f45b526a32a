namespace FoiBot.Discord.Api;

internal sealed record UserDto
{
    public string Id { get; init; } = "";

    public string? Username { get; init; }

    public bool? Bot { get; init; }
}
