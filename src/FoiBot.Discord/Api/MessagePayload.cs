namespace FoiBot.Discord.Api;

/// <summary>The body of a new message, an interaction reply, a follow-up or an edit.</summary>
internal sealed record MessagePayload
{
    public string? Content { get; init; }

    public IReadOnlyList<EmbedDto>? Embeds { get; init; }

    public IReadOnlyList<ComponentDto>? Components { get; init; }

    /// <summary>Always set: FoiBot echoes user text and must never ping anyone.</summary>
    public AllowedMentionsDto AllowedMentions { get; init; } = AllowedMentionsDto.None;

    public MessageReferenceDto? MessageReference { get; init; }

    /// <summary>64 makes an interaction reply visible only to its user.</summary>
    public int? Flags { get; init; }

    public const int Ephemeral = 64;
}
