using System.Text.RegularExpressions;
using FoiBot.Answering;
using FoiBot.Discord.Api;
using FoiBot.Discord.Rest;
using FoiBot.Discord.State;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Bot;

/// <summary>Answers a message that @mentions the bot, or any DM, as a reply to it. Other messages are none of its business.</summary>
internal sealed partial class MentionHandler(
    BotAnswers answers, ConversationKeys conversations, DiscordOptions options, DiscordRestClient rest, RequestLimiter limiter, ILogger logger)
{
    private const int CannotReplyWithoutHistory = 160002;

    public async Task HandleAsync(MessageDto message, string? botUserId, CancellationToken cancellationToken)
    {
        if (message.Author is not { } author || author.Bot == true || message.WebhookId is not null || author.Id == botUserId || botUserId is null)
        {
            return;
        }

        var isDirect = message.GuildId is null;
        var content = message.Content ?? "";
        var mentioned = message.Mentions?.Any(u => u.Id == botUserId) == true
            || content.Contains($"<@{botUserId}>", StringComparison.Ordinal)
            || content.Contains($"<@!{botUserId}>", StringComparison.Ordinal);
        if (!isDirect && !mentioned)
        {
            return;
        }

        var question = MentionPattern().Replace(content.Replace($"<@{botUserId}>", "", StringComparison.Ordinal).Replace($"<@!{botUserId}>", "", StringComparison.Ordinal), " ").Trim();
        if (!limiter.TryAcquire(author.Id, message.ChannelId))
        {
            Log.UserRateLimited(logger, author.Id, message.ChannelId);
            await TellPrivatelyAsync(message, isDirect, BotReplies.Slow, cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            if (question.Length == 0)
            {
                await ReplyAsync(message, new MessagePayload { Content = BotReplies.Usage }, cancellationToken).ConfigureAwait(false);
                return;
            }

            Log.Question(logger, author.Id, message.ChannelId, question);
            var thread = options.AnswerInThread && !isDirect && !conversations.IsThread(message.ChannelId, message.ChannelType)
                ? await StartThreadAsync(message, question, cancellationToken).ConfigureAwait(false)
                : null;
            var target = thread ?? message.ChannelId;
            await TypingAsync(target, cancellationToken).ConfigureAwait(false);
            var conversation = thread is null ? conversations.For(message.ChannelId, message.ChannelType, author.Id) : ConversationKeys.Thread(thread);
            var request = new AnswerRequest { Question = question, Id = message.Id, ConversationId = conversation };
            var messages = await answers.AnswerAsync(request, message.GuildId, message.ChannelId, cancellationToken).ConfigureAwait(false);
            if (thread is null)
            {
                await ReplyAsync(message, messages[0], cancellationToken).ConfigureAwait(false);
            }

            foreach (var more in thread is null ? messages.Skip(1) : messages)
            {
                await rest.CreateMessageAsync(target, more, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, "message", message.Id, ex);
            await TellPrivatelyAsync(message, isDirect, BotReplies.Failed, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A reply to the message; without Read Message History Discord refuses replies (160002), so then a plain message.</summary>
    private async Task ReplyAsync(MessageDto original, MessagePayload payload, CancellationToken cancellationToken)
    {
        try
        {
            var reply = payload with { MessageReference = new MessageReferenceDto { MessageId = original.Id } };
            await rest.CreateMessageAsync(original.ChannelId, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordRestException ex) when (ex.Code == CannotReplyWithoutHistory)
        {
            await rest.CreateMessageAsync(original.ChannelId, payload, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A thread started from the question, named by it; null (answer in the channel) when Discord refuses one.</summary>
    private async Task<string?> StartThreadAsync(MessageDto message, string question, CancellationToken cancellationToken)
    {
        try
        {
            var name = DiscordLimits.Clip(question, DiscordLimits.ThreadName);
            var thread = await rest.StartThreadAsync(message.ChannelId, message.Id, new StartThreadDto(name, DiscordLimits.ThreadArchiveMinutes), cancellationToken).ConfigureAwait(false);
            conversations.RememberThread(thread.Id);
            return thread.Id;
        }
        catch (DiscordRestException ex)
        {
            StateLog.ThreadRefused(logger, ex.Message);
            return null;
        }
    }

    /// <summary>The typing indicator is a courtesy: a channel that forbids it must not stop the answer.</summary>
    private async Task TypingAsync(string channelId, CancellationToken cancellationToken)
    {
        try
        {
            await rest.TriggerTypingAsync(channelId, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordRestException ex)
        {
            Log.TypingFailed(logger, ex.Message);
        }
    }

    /// <summary>In a DM the reply is already private; in a guild the user gets a DM rather than a public scolding.</summary>
    private async Task TellPrivatelyAsync(MessageDto message, bool isDirect, string text, CancellationToken cancellationToken)
    {
        try
        {
            var channel = isDirect ? message.ChannelId : (await rest.OpenDirectMessageAsync(message.Author!.Id, cancellationToken).ConfigureAwait(false)).Id;
            await rest.CreateMessageAsync(channel, new MessagePayload { Content = text }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or System.Text.Json.JsonException)
        {
            Log.ErrorReplyFailed(logger, ex.Message);
        }
    }

    /// <summary>Other user, role and channel mentions are noise in a question.</summary>
    [GeneratedRegex(@"<(@[!&]?|#)\d+>")]
    private static partial Regex MentionPattern();
}
