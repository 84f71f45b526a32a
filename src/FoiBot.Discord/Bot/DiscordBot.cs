using System.Text.Json;
using System.Threading.Channels;
using FoiBot.Discord.Api;
using FoiBot.Discord.Gateway;
using FoiBot.Discord.Interactions;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Bot;

/// <summary>
/// Routes gateway events to the handlers: READY teaches it who it is, MESSAGE_CREATE goes to mentions,
/// INTERACTION_CREATE to commands, THREAD_CREATE in a listed forum to forum mode, and what guild events say about
/// channels and roles to the guild cache. Each message, post or interaction runs on its own task, once however often
/// Discord delivers it.
/// </summary>
internal sealed class DiscordBot(BotParts parts, CallbackResponder callbacks, ILogger logger)
{
    private readonly SeenIds _seen = new();

    public string? UserId { get; private set; }

    public async Task ConsumeAsync(ChannelReader<GatewayDispatch> events, CancellationToken cancellationToken)
    {
        var work = new BackgroundWork(logger, cancellationToken);
        try
        {
            await foreach (var dispatch in events.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                Route(dispatch, work);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: let in-flight answers finish or see the cancellation.
        }

        await work.DrainAsync().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private void Route(GatewayDispatch dispatch, BackgroundWork work)
    {
        try
        {
            // In order, before any later message is routed: a channel's permissions are known before a mention in it.
            parts.Guilds.Observe(dispatch, UserId);
            switch (dispatch.Name)
            {
                case "READY":
                    UserId = dispatch.Data.Deserialize<ReadyDto>(DiscordJson.Options)?.User?.Id ?? UserId;
                    Log.Ready(logger, UserId ?? "?");
                    break;
                case "MESSAGE_CREATE":
                    var message = dispatch.Data.Deserialize<MessageDto>(DiscordJson.Options);
                    if (message is { Id.Length: > 0 } && _seen.FirstTime("m:" + message.Id))
                    {
                        work.Start(ct => parts.Mentions.HandleAsync(message, UserId, ct));
                    }

                    break;
                case "THREAD_CREATE":
                    var thread = dispatch.Data.Deserialize<ChannelDto>(DiscordJson.Options);
                    if (thread is { Id.Length: > 0 })
                    {
                        parts.Conversations.RememberThread(thread.Id);

                        // A forum post's first message has the thread's id: answered here, not again as a mention.
                        if (parts.Forum.Answers(thread, UserId) && _seen.FirstTime("m:" + thread.Id))
                        {
                            work.Start(ct => parts.Forum.HandleAsync(thread, ct));
                        }
                    }

                    break;
                case "INTERACTION_CREATE":
                    var interaction = dispatch.Data.Deserialize<InteractionDto>(DiscordJson.Options);
                    if (interaction is { Id.Length: > 0 } && _seen.FirstTime("i:" + interaction.Id))
                    {
                        work.Start(ct => parts.Interactions.HandleAsync(interaction, callbacks, ct));
                    }

                    break;
            }
        }
        catch (JsonException ex)
        {
            Log.HandlerFailed(logger, dispatch.Name, dispatch.Sequence?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?", ex);
        }
    }
}
