using FoiBot.Discord.Bot;
using FoiBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Interactions;

/// <summary>
/// The interactions endpoint's life around its requests: the REST client learns the application id before the server
/// listens, and answers carried on over REST after the HTTP reply may finish once it has stopped listening.
/// </summary>
internal sealed class InteractionWork : IHostedLifecycleService, IDisposable
{
    private readonly DiscordRestClient _rest;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();

    public InteractionWork(DiscordRestClient rest, ILoggerFactory loggers)
    {
        _rest = rest;
        _logger = loggers.CreateLogger("FoiBot.Discord");
        Background = new BackgroundWork(_logger, _stopping.Token);
    }

    public BackgroundWork Background { get; }

    public Task StartingAsync(CancellationToken cancellationToken) => DiscordBotHost.LearnApplicationIdAsync(_rest, _logger, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After the server has stopped, so no request starts work that is not waited for.</summary>
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Background.DrainAsync().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => _stopping.Dispose();
}
