namespace FoiBot.Discord;

/// <summary>The "Discord" configuration section. Token and public key come from user secrets or environment variables.</summary>
public sealed record DiscordOptions
{
    public const string SectionName = "Discord";

    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token, without the "Bot " prefix. Secret.</summary>
    public string Token { get; init; } = "";

    /// <summary>The application id (a snowflake), needed to register commands and edit interaction replies.</summary>
    public string ApplicationId { get; init; } = "";

    /// <summary>The application's Ed25519 public key as 64 hex characters; only the HTTP interactions endpoint needs it.</summary>
    public string PublicKey { get; init; } = "";

    /// <summary>A guild whose commands update instantly; `discord register` without --guild uses it when set.</summary>
    public string DevelopmentGuildId { get; init; } = "";

    /// <summary>
    /// Semicolon-separated addresses `discord serve-interactions` listens on for POST /interactions. Discord must reach
    /// it over HTTPS, so it usually sits behind a reverse proxy on this machine.
    /// </summary>
    public string InteractionsUrls { get; init; } = "http://127.0.0.1:8080";

    /// <summary>Where the REST API lives; point it at a fake Discord to test. The gateway address comes from GET /gateway/bot.</summary>
    public string ApiBaseUrl { get; init; } = DefaultApiBaseUrl;

    public int ShardId { get; init; }

    public int ShardCount { get; init; } = 1;

    /// <summary>Questions one user may ask per <see cref="RateLimitWindow"/>.</summary>
    public int UserRequestsPerWindow { get; init; } = 5;

    /// <summary>Questions one channel may receive per <see cref="RateLimitWindow"/>.</summary>
    public int ChannelRequestsPerWindow { get; init; } = 20;

    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Answer a mention in a server's text channel in a new thread started from it, where the conversation then carries on.</summary>
    public bool AnswerInThread { get; init; }

    /// <summary>Semicolon-separated forum channel ids: each new post in one is answered, by its title, in its own thread.</summary>
    public string ForumChannelIds { get; init; } = "";

    public IReadOnlyList<string> ForumChannelIdList => ForumChannelIds.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> InteractionsUrlList => InteractionsUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    public void Validate(bool requireToken = true, bool requirePublicKey = false)
    {
        if (requireToken && string.IsNullOrWhiteSpace(Token))
        {
            throw new ArgumentException("Token is required: set Discord__Token in the environment or Discord:Token in user secrets.", nameof(Token));
        }

        if (requirePublicKey && (PublicKey.Length != 64 || !PublicKey.All(Uri.IsHexDigit)))
        {
            throw new ArgumentException("PublicKey must be the application's public key, 64 hex characters (Discord__PublicKey).", nameof(PublicKey));
        }

        if (ApplicationId.Length > 0 && !ApplicationId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("ApplicationId must be a numeric snowflake.", nameof(ApplicationId));
        }

        if (DevelopmentGuildId.Length > 0 && !DevelopmentGuildId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("DevelopmentGuildId must be a numeric snowflake.", nameof(DevelopmentGuildId));
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("ApiBaseUrl must be an absolute http(s) URL.", nameof(ApiBaseUrl));
        }

        if (InteractionsUrlList.Count == 0 || !InteractionsUrlList.All(u => Uri.TryCreate(u, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttp))
        {
            throw new ArgumentException("InteractionsUrls must list http:// addresses, separated by ';'.", nameof(InteractionsUrls));
        }

        if (!ForumChannelIdList.All(id => id.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("ForumChannelIds must list numeric channel ids, separated by ';'.", nameof(ForumChannelIds));
        }

        if (ShardCount < 1 || ShardId < 0 || ShardId >= ShardCount)
        {
            throw new ArgumentException("ShardId must be at least 0 and below ShardCount, which must be at least 1.", nameof(ShardId));
        }

        if (UserRequestsPerWindow < 1 || ChannelRequestsPerWindow < 1 || RateLimitWindow <= TimeSpan.Zero)
        {
            throw new ArgumentException("UserRequestsPerWindow and ChannelRequestsPerWindow must be at least 1 and RateLimitWindow positive.", nameof(RateLimitWindow));
        }
    }

    /// <summary>Never prints the token or the key.</summary>
    public override string ToString() =>
        $"DiscordOptions {{ Token = {Redact(Token)}, ApplicationId = {ApplicationId}, PublicKey = {Redact(PublicKey)}, " +
        $"DevelopmentGuildId = {DevelopmentGuildId}, InteractionsUrls = {InteractionsUrls}, ApiBaseUrl = {ApiBaseUrl}, Shard = {ShardId}/{ShardCount}, " +
        $"UserRequestsPerWindow = {UserRequestsPerWindow}, ChannelRequestsPerWindow = {ChannelRequestsPerWindow}, RateLimitWindow = {RateLimitWindow}, " +
        $"AnswerInThread = {AnswerInThread}, ForumChannelIds = {ForumChannelIds} }}";

    private static string Redact(string secret) => secret.Length == 0 ? "(unset)" : "(redacted)";
}
