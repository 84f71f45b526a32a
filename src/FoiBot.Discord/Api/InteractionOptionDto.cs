using System.Text.Json;

namespace FoiBot.Discord.Api;

internal sealed record InteractionOptionDto
{
    public string Name { get; init; } = "";

    public int Type { get; init; }

    /// <summary>A string, number or boolean depending on <see cref="Type"/>.</summary>
    public JsonElement? Value { get; init; }

    public bool? Focused { get; init; }

    public IReadOnlyList<InteractionOptionDto>? Options { get; init; }

    /// <summary>The value as text, whatever JSON kind it arrived as.</summary>
    public string? Text => Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        _ => null,
    };
}
