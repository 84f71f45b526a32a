namespace FoiBot.Discord.Api;

internal sealed record RoleDto
{
    public string Id { get; init; } = "";

    /// <summary>A permission bit set as a decimal string.</summary>
    public string? Permissions { get; init; }
}
