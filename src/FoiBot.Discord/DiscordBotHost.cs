using System.Threading.Channels;
using FoiBot.Answering;
using FoiBot.Discord.Bot;
using FoiBot.Discord.Gateway;
using FoiBot.Discord.Interactions;
using FoiBot.Discord.Rest;
using FoiBot.Discord.Settings;
using FoiBot.Discord.State;
using FoiBot.Search;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord;

/// <summary>The bot's own work, whichever host runs it: the gateway loop, and registering the slash commands.</summary>
public static class DiscordBotHost
{
    /// <summary>Replaces the slash commands globally, or in one guild; returns how many were registered.</summary>
    public static async Task<int> RegisterCommandsAsync(DiscordOptions options, string? guildId, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        options.Validate();
        using var rest = await ConnectRestAsync(options, TimeProvider.System, loggers.CreateLogger("FoiBot.Discord"), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(rest.ApplicationId))
        {
            throw new ArgumentException("ApplicationId is needed to register commands and Discord did not give it (GET /applications/@me).", nameof(DiscordOptions.ApplicationId));
        }

        var registered = await rest.BulkOverwriteCommandsAsync(SlashCommands.All, string.IsNullOrWhiteSpace(guildId) ? null : guildId, cancellationToken).ConfigureAwait(false);
        return registered.ValueKind == System.Text.Json.JsonValueKind.Array ? registered.GetArrayLength() : SlashCommands.All.Count;
    }

    /// <summary>Runs the gateway bot until cancelled; throws <see cref="GatewayFatalException"/> when Discord refuses it for good.</summary>
    internal static async Task RunAsync(
        DiscordOptions options,
        IAnswerEngine engine,
        LetterIndex index,
        IServerSettingsStore settings,
        ILoggerFactory loggers,
        IBotStateStore state,
        StateOptions stateOptions,
        GatewayTimings timings,
        TimeProvider time,
        Random random,
        CancellationToken cancellationToken)
    {
        options.Validate();
        var logger = loggers.CreateLogger("FoiBot.Discord");
        StateLog.StateOpened(logger, state.Describe);
        var transport = new SharedGlobalLimitHandler(state, stateOptions.GlobalRequestsPerSecond, time, DiscordRestClient.DefaultTransport());
        using var rest = await ConnectRestAsync(options, time, logger, cancellationToken, transport).ConfigureAwait(false);
        var parts = new BotParts(options, engine, index, state, settings, rest, time, logger);
        var bot = new DiscordBot(parts, new CallbackResponder(rest), logger);
        var events = Channel.CreateUnbounded<GatewayDispatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var consuming = bot.ConsumeAsync(events.Reader, stop.Token);
        try
        {
            await new GatewayClient(options, rest, timings, time, random, logger, state).RunAsync(events.Writer, stop.Token).ConfigureAwait(false);
        }
        finally
        {
            events.Writer.TryComplete();
            await stop.CancelAsync().ConfigureAwait(false);
            await consuming.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Per-server settings: in the shared state store when it is Redis (several processes must see one admin's
    /// choice), else in the JSON file Discord:SettingsPath names (under the content root), or in memory when it is empty.
    /// </summary>
    internal static IServerSettingsStore SettingsStore(DiscordOptions options, StateOptions stateOptions, IBotStateStore state, string contentRoot) =>
        stateOptions.UsesRedis ? new StateServerSettingsStore(state)
        : string.IsNullOrWhiteSpace(options.SettingsPath)
            ? new InMemoryServerSettingsStore()
            : new JsonFileServerSettingsStore(Path.GetFullPath(options.SettingsPath, contentRoot));

    /// <summary>A REST client, with the application id asked of Discord when configuration left it out.</summary>
    internal static async Task<DiscordRestClient> ConnectRestAsync(
        DiscordOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken, HttpMessageHandler? transport = null)
    {
        var rest = new DiscordRestClient(options, time, logger, transport);
        await LearnApplicationIdAsync(rest, logger, cancellationToken).ConfigureAwait(false);
        return rest;
    }

    /// <summary>
    /// Asks Discord for the application id when configuration left it out. Answers work without it too: every
    /// interaction names its application.
    /// </summary>
    internal static async Task LearnApplicationIdAsync(DiscordRestClient rest, ILogger logger, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(rest.ApplicationId))
        {
            return;
        }

        try
        {
            rest.ApplicationId = (await rest.GetApplicationAsync(cancellationToken).ConfigureAwait(false)).Id;
        }
        catch (Exception ex) when (ex is DiscordRestException { Status: not System.Net.HttpStatusCode.Unauthorized } or System.Text.Json.JsonException)
        {
            Log.ApplicationIdUnknown(logger, ex.Message);
        }
    }
}
