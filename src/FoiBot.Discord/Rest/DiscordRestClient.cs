using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FoiBot.Discord.Api;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Rest;

/// <summary>The REST calls FoiBot makes, each a real Discord v10 route, sent through <see cref="RateLimitHandler"/>.</summary>
internal sealed class DiscordRestClient : IDisposable
{
    /// <summary>Discord asks every bot to identify itself this way; Cloudflare may block requests without it.</summary>
    public const string UserAgent = "DiscordBot (https://github.com/foibot/foibot, 1.0) FoiBot";

    private readonly HttpClient _http;
    private readonly RateLimitHandler _limits;

    public DiscordRestClient(DiscordOptions options, TimeProvider time, ILogger logger, HttpMessageHandler? transport = null)
    {
        _limits = new RateLimitHandler(options, time, logger, transport ?? DefaultTransport());

        // The handler times each HTTP exchange itself; a whole-call timeout would count time queued behind a rate limit.
        _http = new HttpClient(_limits) { BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/"), Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        ApplicationId = options.ApplicationId;
    }

    /// <summary>401, 403 and 429 responses (not a shared limit's) in the last ten minutes, as Discord counts them.</summary>
    public int InvalidRequests => _limits.Invalid.Count;

    /// <summary>The connection to Discord under the rate limiting, when no other is given.</summary>
    public static HttpMessageHandler DefaultTransport() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    /// <summary>From configuration, or learnt from READY when configuration left it blank.</summary>
    public string ApplicationId { get; set; }

    public Task<GatewayBotDto> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync<GatewayBotDto>(HttpMethod.Get, "gateway/bot", null, cancellationToken);

    public Task<ApplicationDto> GetApplicationAsync(CancellationToken cancellationToken) =>
        SendAsync<ApplicationDto>(HttpMethod.Get, "applications/@me", null, cancellationToken);

    /// <summary>Replaces the whole command set, globally or in one guild (where changes show at once).</summary>
    public Task<JsonElement> BulkOverwriteCommandsAsync(IReadOnlyList<ApplicationCommandDto> commands, string? guildId, CancellationToken cancellationToken)
    {
        var path = guildId is null ? $"applications/{ApplicationId}/commands" : $"applications/{ApplicationId}/guilds/{guildId}/commands";
        return SendAsync<JsonElement>(HttpMethod.Put, path, commands, cancellationToken);
    }

    public Task RespondAsync(InteractionDto interaction, InteractionResponseDto response, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"interactions/{interaction.Id}/{interaction.Token}/callback", response, cancellationToken);

    public Task EditOriginalAsync(InteractionDto interaction, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(HttpMethod.Patch, $"webhooks/{Application(interaction)}/{interaction.Token}/messages/@original", message, cancellationToken);

    public Task DeleteOriginalAsync(InteractionDto interaction, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(HttpMethod.Delete, $"webhooks/{Application(interaction)}/{interaction.Token}/messages/@original", null, cancellationToken);

    public Task FollowUpAsync(InteractionDto interaction, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"webhooks/{Application(interaction)}/{interaction.Token}", message, cancellationToken);

    public Task CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"channels/{channelId}/messages", message, cancellationToken);

    /// <summary>Starts a public thread from a message; the answer goes there.</summary>
    public Task<ChannelDto> StartThreadAsync(string channelId, string messageId, StartThreadDto thread, CancellationToken cancellationToken) =>
        SendAsync<ChannelDto>(HttpMethod.Post, $"channels/{channelId}/messages/{messageId}/threads", thread, cancellationToken);

    public Task TriggerTypingAsync(string channelId, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"channels/{channelId}/typing", null, cancellationToken);

    public Task<ChannelDto> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken) =>
        SendAsync<ChannelDto>(HttpMethod.Post, "users/@me/channels", new CreateDmDto(userId), cancellationToken);

    public void Dispose() => _http.Dispose();

    /// <summary>The interaction names its application; configuration is the fallback.</summary>
    private string Application(InteractionDto interaction) =>
        interaction.ApplicationId is { Length: > 0 } id ? id : ApplicationId;

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            // A string body can be sent again when a 429 is retried.
            request.Content = new StringContent(JsonSerializer.Serialize(body, DiscordJson.Options), Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw Failure(response.StatusCode, text);
        }

        return text.Length == 0 || response.StatusCode == HttpStatusCode.NoContent
            ? default!
            : JsonSerializer.Deserialize<T>(text, DiscordJson.Options)!;
    }

    private static DiscordRestException Failure(HttpStatusCode status, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var code = json.RootElement.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : 0;
            var message = json.RootElement.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            return new DiscordRestException(status, code, message);
        }
        catch (JsonException)
        {
            return new DiscordRestException(status, 0, body.Length > 200 ? body[..200] : body);
        }
    }
}
