using System.Threading.Channels;
using FoiBot.Answering;
using FoiBot.Discord.Bot;
using FoiBot.Discord.Gateway;
using FoiBot.Discord.Interactions;
using FoiBot.Discord.Rest;
using FoiBot.Search;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord;

/// <summary>The Discord front end's entry points: run the bot, register its commands, serve HTTP interactions.</summary>
public static class DiscordBotHost
{
    /// <summary>Runs the gateway bot until cancelled; throws <see cref="GatewayFatalException"/> when Discord refuses it for good.</summary>
    public static Task RunAsync(DiscordOptions options, IAnswerEngine engine, LetterIndex index, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        RunAsync(options, engine, index, loggers, new GatewayTimings(), TimeProvider.System, Random.Shared, cancellationToken);

    /// <summary>Replaces the slash commands globally, or in one guild; returns how many were registered.</summary>
    public static async Task<int> RegisterCommandsAsync(DiscordOptions options, string? guildId, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        options.Validate();
        using var rest = await ConnectRestAsync(options, TimeProvider.System, loggers.CreateLogger("FoiBot.Discord"), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(rest.ApplicationId))
        {
            throw new ArgumentException("ApplicationId is needed to register commands and Discord did not give it (GET /applications/@me).", nameof(DiscordOptions.ApplicationId));
        }

        var registered = await rest.BulkOverwriteCommandsAsync(SlashCommands.All, string.IsNullOrWhiteSpace(guildId) ? null : guildId, cancellationToken).ConfigureAwait(false);
        return registered.ValueKind == System.Text.Json.JsonValueKind.Array ? registered.GetArrayLength() : SlashCommands.All.Count;
    }

    /// <summary>Serves POST /interactions on the given URLs until cancelled.</summary>
    public static async Task ServeInteractionsAsync(DiscordOptions options, IAnswerEngine engine, LetterIndex index, string urls, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        await using var server = await InteractionServer.StartAsync(options, engine, index, urls, loggers, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        await server.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static async Task RunAsync(
        DiscordOptions options,
        IAnswerEngine engine,
        LetterIndex index,
        ILoggerFactory loggers,
        GatewayTimings timings,
        TimeProvider time,
        Random random,
        CancellationToken cancellationToken)
    {
        options.Validate();
        var logger = loggers.CreateLogger("FoiBot.Discord");
        using var rest = await ConnectRestAsync(options, time, logger, cancellationToken).ConfigureAwait(false);
        var limiter = new RequestLimiter(options, time);
        var bot = new DiscordBot(
            new InteractionHandler(engine, index, rest, limiter, logger),
            new MentionHandler(engine, rest, limiter, logger),
            new CallbackResponder(rest),
            logger);
        var events = Channel.CreateUnbounded<GatewayDispatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var consuming = bot.ConsumeAsync(events.Reader, stop.Token);
        try
        {
            await new GatewayClient(options, rest, timings, time, random, logger).RunAsync(events.Writer, stop.Token).ConfigureAwait(false);
        }
        finally
        {
            events.Writer.TryComplete();
            await stop.CancelAsync().ConfigureAwait(false);
            await consuming.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A REST client that knows the application id, asking Discord for it when configuration left it out. Answers
    /// work without it too: every interaction names its application.
    /// </summary>
    internal static async Task<DiscordRestClient> ConnectRestAsync(DiscordOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var rest = new DiscordRestClient(options, time, logger);
        if (string.IsNullOrWhiteSpace(rest.ApplicationId))
        {
            try
            {
                rest.ApplicationId = (await rest.GetApplicationAsync(cancellationToken).ConfigureAwait(false)).Id;
            }
            catch (Exception ex) when (ex is DiscordRestException { Status: not System.Net.HttpStatusCode.Unauthorized } or System.Text.Json.JsonException)
            {
                Log.ApplicationIdUnknown(logger, ex.Message);
            }
        }

        return rest;
    }
}
