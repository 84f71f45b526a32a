using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FoiBot.Testing.FakeModel;

/// <summary>
/// An OpenAI-compatible chat completions endpoint on 127.0.0.1, answering each request with the next scripted step
/// (as JSON, or as server-sent events when the client streams) and keeping every request for the test to read.
/// </summary>
public sealed class FakeModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<ModelRequest, ModelStep>> _script = new();
    private readonly ConcurrentQueue<ModelRequest> _requests = new();

    private FakeModelServer(WebApplication app) => _app = app;

    /// <summary>The base URL to configure as Llm:Endpoint.</summary>
    public string Endpoint { get; private set; } = "";

    public IReadOnlyList<ModelRequest> Requests => _requests.ToList();

    public static async Task<FakeModelServer> StartAsync()
    {
        FakeModelServer? server = null;
        var (app, address) = await LoopbackApp.StartAsync(app =>
        {
            server = new FakeModelServer(app);
            app.MapPost("/v1/chat/completions", server.HandleAsync);
            app.MapPost("/api/chat", server.HandleOllamaAsync);
        });
        server!.Endpoint = address + "/v1";
        return server;
    }

    public FakeModelServer Then(ModelStep step) => Then(_ => step);

    /// <summary>A step chosen after seeing the request, e.g. to quote a passage FoiBot sent.</summary>
    public FakeModelServer Then(Func<ModelRequest, ModelStep> step)
    {
        _script.Enqueue(step);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var (request, step) = await NextAsync(context);
        await RespondAsync(context, request, step);
    }

    /// <summary>Ollama's own chat API, as OllamaSharp calls it: text replies only, whole or as JSON lines.</summary>
    private async Task HandleOllamaAsync(HttpContext context)
    {
        var (request, step) = await NextAsync(context);
        context.Response.ContentType = "application/x-ndjson";
        foreach (var line in CompletionJson.OllamaLines((ModelStep.Say)step, request.Stream))
        {
            await context.Response.WriteAsync(line + "\n", context.RequestAborted);
        }
    }

    private async Task<(ModelRequest Request, ModelStep Step)> NextAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var headers = context.Request.Headers;
        var request = new ModelRequest(await reader.ReadToEndAsync(context.RequestAborted), headers.Authorization.FirstOrDefault(), headers["api-key"].FirstOrDefault());
        _requests.Enqueue(request);
        return (request, _script.TryDequeue(out var next) ? next(request) : new ModelStep.Fail(500));
    }

    private static async Task RespondAsync(HttpContext context, ModelRequest request, ModelStep step)
    {
        var response = context.Response;
        switch (step)
        {
            case ModelStep.Wait wait:
                await Task.Delay(wait.Delay, context.RequestAborted);
                await RespondAsync(context, request, wait.Then);
                return;
            case ModelStep.Fail fail:
                response.StatusCode = fail.Status;
                if (fail.RetryAfterSeconds is { } seconds)
                {
                    response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "fake", code = fail.Status } });
                return;
            case ModelStep.Garble:
                response.ContentType = "application/json";
                await response.WriteAsync("{\"id\": \"x\", \"choices\": [ {\"message\": ");
                return;
        }

        if (request.Stream)
        {
            response.ContentType = "text/event-stream";
            foreach (var chunk in CompletionJson.Chunks(step))
            {
                await response.WriteAsync($"data: {chunk}\n\n", context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }

            await response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
            return;
        }

        response.ContentType = "application/json";
        await response.WriteAsync(CompletionJson.Whole(step), context.RequestAborted);
    }
}
