using FoiBot.Discord.Api;
using FoiBot.Discord.Guilds;
using FoiBot.Discord.Settings;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Bot;

/// <summary>
/// Decides whether a mention is answered: the server's settings (mentions on, this channel allowed), whether the bot
/// may post there at all (checked before trying, so no 403 is spent), and the per-member and per-channel limits.
/// A declined member is told once per window.
/// </summary>
internal sealed class MentionAdmission(IServerSettingsStore settings, GuildCache guilds, RequestLimiter limiter, MemberNotices notices, ILogger logger)
{
    /// <summary>The server's settings when the mention is to be answered; null when it was declined.</summary>
    public async Task<ServerSettings?> AdmitAsync(MessageDto message, CancellationToken cancellationToken)
    {
        var userId = message.Author?.Id ?? "";
        var server = ServerSettings.Default;
        if (message.GuildId is { } guildId)
        {
            server = await settings.GetAsync(guildId, cancellationToken).ConfigureAwait(false);
            var refusal = !server.MentionsEnabled ? BotReplies.MentionsOff
                : !server.Allows(message.ChannelId, guilds.ParentOf(guildId, message.ChannelId)) ? BotReplies.NotHere
                : !guilds.Access(guildId, message.ChannelId).CanSend ? BotReplies.CannotPost
                : null;
            if (refusal is not null)
            {
                Log.MentionDeclined(logger, userId, message.ChannelId, refusal == BotReplies.CannotPost ? "cannot post there" : "server settings");
                await notices.TellAsync(message, refusal, inChannel: false, cancellationToken).ConfigureAwait(false);
                return null;
            }
        }

        if (!limiter.TryAcquire(userId, message.ChannelId))
        {
            Log.UserRateLimited(logger, userId, message.ChannelId);
            await notices.TellAsync(message, BotReplies.Slow, inChannel: true, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return server;
    }
}
