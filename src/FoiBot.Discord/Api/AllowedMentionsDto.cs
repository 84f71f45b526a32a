namespace FoiBot.Discord.Api;

internal sealed record AllowedMentionsDto
{
    public static AllowedMentionsDto None { get; } = new();

    public IReadOnlyList<string> Parse { get; init; } = [];

    public bool RepliedUser { get; init; }
}
