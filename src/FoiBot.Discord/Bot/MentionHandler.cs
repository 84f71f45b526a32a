using System.Text.RegularExpressions;
using System.Net;
using FoiBot.Answering;
using FoiBot.Discord.Api;
using FoiBot.Discord.Guilds;
using FoiBot.Discord.Rest;
using FoiBot.Discord.State;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Bot;

/// <summary>
/// Answers a message that @mentions the bot, or any DM, as a reply to it (or, with Discord:AnswerInThread, in a thread
/// started from it); or declines it (see <see cref="MentionAdmission"/>). Other messages are none of its business.
/// </summary>
internal sealed partial class MentionHandler(
    BotAnswers answers,
    ConversationKeys conversations,
    DiscordOptions options,
    DiscordRestClient rest,
    MentionAdmission admission,
    MemberNotices notices,
    SlowAnswerTyping typing,
    GuildCache guilds,
    ILogger logger)
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
        if (await admission.AdmitAsync(message, cancellationToken).ConfigureAwait(false) is not { } server)
        {
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
            (question, var shortened) = QuestionText.Fit(question, options.MaxQuestionLength);
            var thread = options.AnswerInThread && !isDirect && !conversations.IsThread(message.ChannelId, message.ChannelType)
                ? await StartThreadAsync(message, question, cancellationToken).ConfigureAwait(false)
                : null;
            var target = thread ?? message.ChannelId;
            var conversation = thread is null ? conversations.For(message.ChannelId, message.ChannelType, author.Id) : ConversationKeys.Thread(thread);
            var request = new AnswerRequest { Question = question, Id = message.Id, ConversationId = conversation, Authority = server.AuthorityFor(question) };
            var messages = await typing.RunAsync(target, ct => answers.AnswerAsync(request, message.GuildId, message.ChannelId, ct), cancellationToken).ConfigureAwait(false);
            if (shortened)
            {
                messages = [messages[0] with { Content = BotReplies.Shortened(question) }, .. messages.Skip(1)];
            }

            if (thread is null)
            {
                await ReplyAsync(message, messages[0], cancellationToken).ConfigureAwait(false);
            }

            foreach (var more in thread is null ? messages.Skip(1) : messages)
            {
                await rest.CreateMessageAsync(target, more, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DiscordRestException ex) when (ex.Status == HttpStatusCode.Forbidden)
        {
            // Settings or permissions changed in a way the gateway has not shown yet: no more tries there for a while.
            Log.HandlerFailed(logger, "message", message.Id, ex);
            guilds.Refused(message.GuildId, message.ChannelId);
            await notices.TellAsync(message, BotReplies.CannotPost, inChannel: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, "message", message.Id, ex);
            await notices.TellAsync(message, BotReplies.Failed, inChannel: true, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Other user, role and channel mentions are noise in a question.</summary>
    [GeneratedRegex(@"<(@[!&]?|#)\d+>")]
    private static partial Regex MentionPattern();
}
