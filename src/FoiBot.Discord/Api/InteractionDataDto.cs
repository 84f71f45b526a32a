namespace FoiBot.Discord.Api;

/// <summary>A command's name and options, or a component's custom id.</summary>
internal sealed record InteractionDataDto
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<InteractionOptionDto>? Options { get; init; }

    public string? CustomId { get; init; }

    /// <summary>A submitted modal's rows of text inputs, each with its custom id and value.</summary>
    public IReadOnlyList<ComponentDto>? Components { get; init; }
}
