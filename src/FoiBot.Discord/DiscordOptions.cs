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

    /// <summary>REST requests a second; Discord allows 50, and the headroom absorbs requests that arrive bunched.</summary>
    public int GlobalRequestsPerSecond { get; init; } = 40;

    /// <summary>How long one HTTP exchange with Discord may take; time queued behind a rate limit is not counted.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Invalid responses (401, 403, 429) in ten minutes past which requests are held back; Discord bans at 10,000.</summary>
    public int InvalidRequestSoftLimit { get; init; } = 2500;

    /// <summary>A mention's answer not ready by then shows the typing indicator; a quick one never costs the request.</summary>
    public TimeSpan TypingAfter { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Questions longer than this are cut at a sentence end before answering (the /ask option allows 1,000).</summary>
    public int MaxQuestionLength { get; init; } = 1000;

    /// <summary>Where per-server settings are kept (JSON); relative paths are under the content root. Empty keeps them in memory.</summary>
    public string SettingsPath { get; init; } = ".foibot/discord-settings.json";

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

        if (GlobalRequestsPerSecond is < 1 or > 50)
        {
            throw new ArgumentException("GlobalRequestsPerSecond must be from 1 to 50 (Discord's global limit).", nameof(GlobalRequestsPerSecond));
        }

        if (InvalidRequestSoftLimit is < 1 or >= 10_000)
        {
            throw new ArgumentException("InvalidRequestSoftLimit must be from 1 to 9,999 (Discord bans at 10,000 in ten minutes).", nameof(InvalidRequestSoftLimit));
        }

        if (RequestTimeout <= TimeSpan.Zero || TypingAfter < TimeSpan.Zero || MaxQuestionLength < 100)
        {
            throw new ArgumentException("RequestTimeout must be positive, TypingAfter not negative and MaxQuestionLength at least 100.", nameof(RequestTimeout));
        }
    }

    /// <summary>Never prints the token or the key.</summary>
    public override string ToString() =>
        $"DiscordOptions {{ Token = {Redact(Token)}, ApplicationId = {ApplicationId}, PublicKey = {Redact(PublicKey)}, " +
        $"DevelopmentGuildId = {DevelopmentGuildId}, InteractionsUrls = {InteractionsUrls}, ApiBaseUrl = {ApiBaseUrl}, Shard = {ShardId}/{ShardCount}, " +
        $"UserRequestsPerWindow = {UserRequestsPerWindow}, ChannelRequestsPerWindow = {ChannelRequestsPerWindow}, RateLimitWindow = {RateLimitWindow}, " +
        $"GlobalRequestsPerSecond = {GlobalRequestsPerSecond}, RequestTimeout = {RequestTimeout}, InvalidRequestSoftLimit = {InvalidRequestSoftLimit}, " +
        $"TypingAfter = {TypingAfter}, MaxQuestionLength = {MaxQuestionLength}, SettingsPath = {SettingsPath}, " +
        $"AnswerInThread = {AnswerInThread}, ForumChannelIds = {ForumChannelIds} }}";

    private static string Redact(string secret) => secret.Length == 0 ? "(unset)" : "(redacted)";
}
