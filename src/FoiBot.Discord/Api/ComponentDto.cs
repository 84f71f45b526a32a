namespace FoiBot.Discord.Api;

/// <summary>An action row (type 1) holding buttons (type 2).</summary>
internal sealed record ComponentDto
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int TextInput = 4;
    public const int PrimaryStyle = 1;
    public const int SecondaryStyle = 2;
    public const int SuccessStyle = 3;
    public const int DangerStyle = 4;
    public const int LinkStyle = 5;
    public const int ParagraphStyle = 2;

    public required int Type { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    /// <summary>A link button's address (it sends no interaction).</summary>
    public string? Url { get; init; }

    /// <summary>A text input's value, as a modal submits it.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? Required { get; init; }

    public int? MaxLength { get; init; }

    public IReadOnlyList<ComponentDto>? Components { get; init; }
}
