namespace FoiBot.Discord.Api;

/// <summary>Makes a message a reply; a deleted original just gives a normal message.</summary>
internal sealed record MessageReferenceDto
{
    public required string MessageId { get; init; }

    public bool FailIfNotExists { get; init; }
}
