using FoiBot.Discord.Api;

namespace FoiBot.Discord.Bot;

/// <summary>Content for embeds before it is fitted to Discord's limits: a title, a long description and any number of fields.</summary>
internal sealed record EmbedDraft
{
    public required string Title { get; init; }

    public string Description { get; init; } = "";

    public int Color { get; init; }

    public IReadOnlyList<EmbedFieldDto> Fields { get; init; } = [];

    public string? Footer { get; init; }
}
