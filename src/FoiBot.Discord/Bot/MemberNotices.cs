using FoiBot.Discord.Api;
using FoiBot.Discord.Guilds;
using FoiBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Bot;

/// <summary>
/// Declines and apologies reach a member at most once per window: a short reply in the channel where the bot may
/// post there, else a single DM. Opening a DM per message is what gets a bot quarantined by Discord's anti-spam, and
/// one note already tells the member to wait. Nothing here throws, cancellation included: a note is never worth
/// failing the work around it.
/// </summary>
internal sealed class MemberNotices(DiscordRestClient rest, GuildCache guilds, TimeSpan window, TimeProvider time, ILogger logger)
{
    private const int PruneAbove = 10_000;

    private readonly Dictionary<string, DateTimeOffset> _told = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _directChannels = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public async Task TellAsync(MessageDto message, string text, bool inChannel, CancellationToken cancellationToken)
    {
        var userId = message.Author?.Id ?? "";
        if (!FirstInWindow(userId))
        {
            Log.NoticeSkipped(logger, userId);
            return;
        }

        try
        {
            var access = guilds.Access(message.GuildId, message.ChannelId);
            if (message.GuildId is null || (inChannel && access.CanSend))
            {
                var reference = access.CanReadHistory ? new MessageReferenceDto { MessageId = message.Id } : null;
                await rest.CreateMessageAsync(message.ChannelId, new MessagePayload { Content = text, MessageReference = reference }, cancellationToken).ConfigureAwait(false);
                return;
            }

            var channel = await DirectChannelAsync(userId, cancellationToken).ConfigureAwait(false);
            await rest.CreateMessageAsync(channel, new MessagePayload { Content = text }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.ErrorReplyFailed(logger, ex.Message);
        }
    }

    private bool FirstInWindow(string userId)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_told.Count > PruneAbove)
            {
                foreach (var stale in _told.Where(t => now - t.Value >= window).Select(t => t.Key).ToList())
                {
                    _told.Remove(stale);
                }
            }

            if (_told.TryGetValue(userId, out var last) && now - last < window)
            {
                return false;
            }

            _told[userId] = now;
            return true;
        }
    }

    /// <summary>A member's DM channel is asked for once and kept: it never changes.</summary>
    private async Task<string> DirectChannelAsync(string userId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_directChannels.TryGetValue(userId, out var known))
            {
                return known;
            }
        }

        var opened = (await rest.OpenDirectMessageAsync(userId, cancellationToken).ConfigureAwait(false)).Id;
        lock (_lock)
        {
            if (_directChannels.Count > PruneAbove)
            {
                _directChannels.Clear();
            }

            _directChannels[userId] = opened;
        }

        return opened;
    }
}
