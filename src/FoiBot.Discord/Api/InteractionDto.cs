namespace FoiBot.Discord.Api;

/// <summary>An interaction as Discord sends it over the gateway or to the HTTP endpoint.</summary>
internal sealed record InteractionDto
{
    public string Id { get; init; } = "";

    public string? ApplicationId { get; init; }

    public InteractionType Type { get; init; }

    public InteractionDataDto? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    /// <summary>The partial channel the interaction came from, with its type (threads are 10-12).</summary>
    public ChannelDto? Channel { get; init; }

    /// <summary>Present in guilds.</summary>
    public MemberDto? Member { get; init; }

    /// <summary>Present in DMs.</summary>
    public UserDto? User { get; init; }

    public string Token { get; init; } = "";

    public UserDto? Invoker => Member?.User ?? User;
}
