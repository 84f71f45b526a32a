namespace FoiBot.Discord.Api;

/// <summary>A channel's permission overwrite for a role (type 0) or a member (type 1).</summary>
internal sealed record OverwriteDto
{
    public string Id { get; init; } = "";

    public int Type { get; init; }

    public string? Allow { get; init; }

    public string? Deny { get; init; }
}
