using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Tests.Fakes;

/// <summary>
/// A fake Discord on 127.0.0.1: the REST routes FoiBot uses under /api/v10 (recording every request, checking the
/// bot token) and a WebSocket gateway at /gateway and /resume whose connections the test scripts frame by frame.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    public const string Token = "fake-token.abc.123";
    public const string ApplicationId = "900000000000000001";
    public const string BotUserId = "900000000000000002";

    private readonly WebApplication _app;
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<ScriptedResponse> _scripted = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, string> _directChannels = new(StringComparer.Ordinal);
    private int _nextId = 1000;

    private FakeDiscord(WebApplication app, FakeLimits? limits)
    {
        _app = app;
        Limits = limits;
    }

    /// <summary>The limits this fake enforces, when the test asked for any.</summary>
    public FakeLimits? Limits { get; }

    public string BaseUrl => _app.Urls.First();

    public string ApiBaseUrl => BaseUrl + "/api/v10";

    public string GatewayUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";

    public string ResumeUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public int GatewayConnections { get; private set; }

    public static async Task<FakeDiscord> StartAsync(FakeLimits? limits = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeDiscord(app, limits);
        app.UseWebSockets();
        app.Map("/gateway", fake.AcceptGatewayAsync);
        app.Map("/resume", fake.AcceptGatewayAsync);
        app.Map("/api/v10/{**path}", fake.RestAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>The next REST request matching, answered instead with this status, body and headers.</summary>
    public void Script(ScriptedResponse response) => _scripted.Enqueue(response);

    /// <summary>The DM channel the fake opened for a user, once the bot has asked for it.</summary>
    public string? DirectChannelOf(string userId) => _directChannels.GetValueOrDefault(userId);

    public async Task<FakeGatewayConnection> NextConnectionAsync(CancellationToken ct) => await _connections.Reader.ReadAsync(ct);

    /// <summary>Waits until <paramref name="count"/> recorded requests match, then returns them.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(Func<RecordedRequest, bool> match, CancellationToken ct, int count = 1)
    {
        while (true)
        {
            var found = _requests.Where(match).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            await Task.Delay(20, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task AcceptGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || context.Request.Query["v"] != "10" || context.Request.Query["encoding"] != "json")
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context.Request.Path);
        GatewayConnections++;
        var pump = connection.PumpAsync(_stopping.Token);
        await _connections.Writer.WriteAsync(connection);
        await pump;
    }

    private async Task RestAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = "/" + (string?)context.Request.RouteValues["path"];
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(context.Request.Method, path, headers, body, DateTimeOffset.UtcNow);
        _requests.Enqueue(recorded);
        if (headers.GetValueOrDefault("Authorization") != "Bot " + Token)
        {
            Limits?.CountUnauthorized();
            await Reply(context, recorded, 401, """{"message": "401: Unauthorized", "code": 0}""");
            return;
        }

        if (Limits?.Judge(context.Request.Method, path, recorded.At) is { } judged)
        {
            foreach (var (name, value) in judged.Headers)
            {
                context.Response.Headers[name] = value;
            }

            if (judged.Status != 200)
            {
                await Reply(context, recorded, judged.Status, judged.Body);
                return;
            }
        }

        if (_scripted.TryPeek(out var scripted) && context.Request.Method == scripted.Method && path.Contains(scripted.PathPart, StringComparison.Ordinal) && _scripted.TryDequeue(out _))
        {
            foreach (var (name, value) in scripted.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            await Reply(context, recorded, scripted.Status, scripted.Body);
            return;
        }

        var (status, json) = (context.Request.Method, path) switch
        {
            ("GET", "/gateway/bot") => (200, new JsonObject
            {
                ["url"] = GatewayUrl,
                ["shards"] = 1,
                ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14400000, ["max_concurrency"] = 1 },
            }.ToJsonString()),
            ("GET", "/applications/@me") => (200, $$"""{"id":"{{ApplicationId}}","name":"FoiBot"}"""),
            ("PUT", _) => (200, body),
            ("POST", "/users/@me/channels") => (200, $$"""{"id":"{{DirectChannel(body)}}","type":1}"""),
            ("POST", _) when path.EndsWith("/callback", StringComparison.Ordinal) || path.EndsWith("/typing", StringComparison.Ordinal) => (204, ""),
            ("DELETE", _) => (204, ""),
            ("POST" or "PATCH", _) => (200, $$"""{"id":"{{Interlocked.Increment(ref _nextId)}}","channel_id":"1"}"""),
            _ => (404, """{"message":"404: Not Found","code":0}"""),
        };
        await Reply(context, recorded, status, json);
    }

    /// <summary>One DM channel per user, as Discord gives, so a test can tell whose DMs are whose.</summary>
    private string DirectChannel(string body)
    {
        var user = JsonNode.Parse(body)?["recipient_id"]?.GetValue<string>() ?? "";
        return _directChannels.GetOrAdd(user, _ => "7" + Interlocked.Increment(ref _nextId).ToString("D17", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task Reply(HttpContext context, RecordedRequest recorded, int status, string body)
    {
        recorded.Status = status;
        context.Response.StatusCode = status;
        if (body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        }
    }
}
