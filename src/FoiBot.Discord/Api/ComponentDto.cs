namespace FoiBot.Discord.Api;

/// <summary>An action row (type 1) holding buttons (type 2).</summary>
internal sealed record ComponentDto
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int SecondaryStyle = 2;

    public required int Type { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public IReadOnlyList<ComponentDto>? Components { get; init; }
}
