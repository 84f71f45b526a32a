namespace FoiBot.Discord.Api;

internal sealed record EmbedDto
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public int? Color { get; init; }

    public IReadOnlyList<EmbedFieldDto>? Fields { get; init; }

    public EmbedFooterDto? Footer { get; init; }
}
