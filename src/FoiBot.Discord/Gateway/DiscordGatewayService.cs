using FoiBot.Answering;
using FoiBot.Discord.Settings;
using FoiBot.Discord.State;
using FoiBot.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FoiBot.Discord.Gateway;

/// <summary>
/// The gateway bot for as long as its host runs: connects when the host starts, and when it stops, disconnects and
/// lets answers under way finish. A close Discord says reconnecting cannot fix ends it with
/// <see cref="GatewayFatalException"/>, which stops the host.
/// </summary>
internal sealed class DiscordGatewayService(
    IOptions<DiscordOptions> options,
    IOptions<StateOptions> stateOptions,
    IAnswerEngine engine,
    LetterIndex index,
    IServerSettingsStore settings,
    IBotStateStore state,
    ILoggerFactory loggers,
    TimeProvider time)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        DiscordBotHost.RunAsync(options.Value, engine, index, settings, loggers, state, stateOptions.Value, new GatewayTimings(), time, Random.Shared, stoppingToken);
}
