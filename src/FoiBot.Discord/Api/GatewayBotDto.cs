namespace FoiBot.Discord.Api;

/// <summary>GET /gateway/bot: where to connect, and how many sessions may still be started.</summary>
internal sealed record GatewayBotDto
{
    public string Url { get; init; } = "";

    public int? Shards { get; init; }

    public SessionStartLimitDto? SessionStartLimit { get; init; }
}
