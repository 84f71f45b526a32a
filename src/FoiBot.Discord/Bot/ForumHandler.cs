using FoiBot.Answering;
using FoiBot.Discord.Api;
using FoiBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Bot;

/// <summary>
/// Forum mode: each new post in a forum channel listed in Discord:ForumChannelIds is answered in its own thread,
/// its title taken as the question (THREAD_CREATE carries the title without the privileged message-content intent).
/// Follow-ups then mention the bot in the thread, which is one conversation.
/// </summary>
internal sealed class ForumHandler(BotAnswers answers, DiscordOptions options, DiscordRestClient rest, RequestLimiter limiter, ILogger logger)
{
    public bool Answers(ChannelDto thread, string? botUserId) =>
        thread.NewlyCreated == true
        && thread.ParentId is { } parent && options.ForumChannelIdList.Contains(parent)
        && thread.OwnerId != botUserId
        && !string.IsNullOrWhiteSpace(thread.Name);

    public async Task HandleAsync(ChannelDto thread, CancellationToken cancellationToken)
    {
        var owner = thread.OwnerId ?? "";
        if (!limiter.TryAcquire(owner, thread.ParentId!))
        {
            Log.UserRateLimited(logger, owner, thread.Id);
            await PostQuietlyAsync(thread.Id, BotReplies.Slow, cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            var question = thread.Name!.Trim();
            Log.Question(logger, owner, thread.Id, question);
            var request = new AnswerRequest { Question = question, Id = thread.Id, ConversationId = ConversationKeys.Thread(thread.Id) };
            foreach (var message in await answers.AnswerAsync(request, thread.GuildId, thread.Id, cancellationToken).ConfigureAwait(false))
            {
                await rest.CreateMessageAsync(thread.Id, message, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, "forum post", thread.Id, ex);
            await PostQuietlyAsync(thread.Id, BotReplies.Failed, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PostQuietlyAsync(string threadId, string text, CancellationToken cancellationToken)
    {
        try
        {
            await rest.CreateMessageAsync(threadId, new MessagePayload { Content = text }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException)
        {
            Log.ErrorReplyFailed(logger, ex.Message);
        }
    }
}
