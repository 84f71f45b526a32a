using System.Text.Json.Serialization;

namespace FoiBot.Discord.Api;

/// <summary>A slash command as registered with a bulk overwrite.</summary>
internal sealed record ApplicationCommandDto
{
    public required string Name { get; init; }

    public int Type { get; init; } = 1;

    public required string Description { get; init; }

    public IReadOnlyList<CommandOptionDto> Options { get; init; } = [];

    /// <summary>Guilds and DMs with the bot.</summary>
    public IReadOnlyList<int> Contexts { get; init; } = [0, 1];

    public IReadOnlyList<int> IntegrationTypes { get; init; } = [0];

    /// <summary>
    /// Who may use it in a server until its admins say otherwise: a permission bit set as a string, or null for
    /// everyone. Always sent, so every command states it rather than inheriting a default.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? DefaultMemberPermissions { get; init; }
}
