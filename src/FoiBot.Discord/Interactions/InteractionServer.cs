using FoiBot.Answering;
using FoiBot.Discord.Bot;
using FoiBot.Discord.Rest;
using FoiBot.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Interactions;

/// <summary>A Kestrel server for Discord's HTTP interactions, with the REST client its deferred replies need.</summary>
internal sealed class InteractionServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DiscordRestClient _rest;
    private readonly BackgroundWork _work;
    private readonly CancellationTokenSource _stopping;

    private InteractionServer(WebApplication app, DiscordRestClient rest, BackgroundWork work, CancellationTokenSource stopping)
    {
        _app = app;
        _rest = rest;
        _work = work;
        _stopping = stopping;
    }

    /// <summary>The addresses Kestrel actually bound (useful with port 0).</summary>
    public IReadOnlyList<string> Urls => [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses];

    public static async Task<InteractionServer> StartAsync(
        DiscordOptions options,
        IAnswerEngine engine,
        LetterIndex index,
        string urls,
        ILoggerFactory loggers,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        options.Validate(requirePublicKey: true);
        var logger = loggers.CreateLogger("FoiBot.Discord");
        var verifier = new NSecEd25519Verifier(options.PublicKey);
        var rest = await DiscordBotHost.ConnectRestAsync(options, time, logger, cancellationToken).ConfigureAwait(false);
        var stopping = new CancellationTokenSource();
        var work = new BackgroundWork(logger, stopping.Token);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        var app = builder.Build();
        var handler = new InteractionHandler(engine, index, rest, new RequestLimiter(options, time), logger);
        InteractionEndpoints.Map(app, verifier, handler, work, logger);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new InteractionServer(app, rest, work, stopping);
    }

    /// <summary>Returns when cancelled: the server runs until then.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Asked to stop.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _work.DrainAsync().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _app.DisposeAsync().ConfigureAwait(false);
        _rest.Dispose();
        _stopping.Dispose();
    }
}
