using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FoiBot.Cli.Tests.Import;

/// <summary>
/// Someone else's web site on 127.0.0.1 (real Kestrel): each path (with its query) answered by its handler, 404
/// otherwise, and every request kept with its User-Agent for the test to read.
/// </summary>
internal sealed class FakeSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, string UserAgent)> _requests = new();

    private FakeSite(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>Paths asked for, in order, with their queries.</summary>
    public IReadOnlyList<string> Requested => [.. _requests.Select(r => r.Path)];

    public IReadOnlyList<string> UserAgents => [.. _requests.Select(r => r.UserAgent)];

    public static async Task<FakeSite> StartAsync()
    {
        FakeSite? site = null;
        var (_, address) = await LoopbackApp.StartAsync(app =>
        {
            site = new FakeSite(app);
            app.Run(site.HandleAsync);
        });
        site!.Address = new Uri(address);
        return site;
    }

    public FakeSite Serve(string path, string mediaType, byte[] body) => Serve(path, async context =>
    {
        context.Response.ContentType = mediaType;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    });

    public FakeSite Serve(string path, RequestDelegate handler)
    {
        _routes[path] = handler;
        return this;
    }

    public int Count(string path) => _requests.Count(r => r.Path == path);

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent();
        _requests.Enqueue((path, context.Request.Headers.UserAgent.ToString()));
        if (_routes.TryGetValue(path, out var handler))
        {
            return handler(context);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
