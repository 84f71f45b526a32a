namespace FoiBot.Discord.Api;

/// <summary>READY: the session to resume later and the bot's own user (for mention detection).</summary>
internal sealed record ReadyDto
{
    public string? SessionId { get; init; }

    public string? ResumeGatewayUrl { get; init; }

    public UserDto? User { get; init; }

    public ApplicationDto? Application { get; init; }
}
