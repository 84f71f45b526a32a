using System.Data.Common;
using FoiBot.Discord.Api;
using FoiBot.Discord.Interactions;
using FoiBot.Discord.State;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace FoiBot.Discord.Bot;

/// <summary>
/// The Helpful and Wrong buttons under an answer: Helpful is thanked privately; Wrong is recorded at once and opens a
/// modal for an optional short reason, which updates the vote when submitted.
/// </summary>
internal sealed class FeedbackHandler(IFeedbackStore feedback, TimeProvider time, ILogger logger)
{
    public const string Thanks = "Thanks, noted.";
    public const string ThanksWrong = "Thanks. Answers marked wrong are checked against the letters, and questions FoiBot cannot answer become requests worth making.";

    public static bool Handles(InteractionDto interaction) =>
        interaction.Data?.CustomId is { } id
        && (interaction.Type == InteractionType.MessageComponent && (id.StartsWith(FeedbackComponents.HelpfulPrefix, StringComparison.Ordinal) || id.StartsWith(FeedbackComponents.WrongPrefix, StringComparison.Ordinal))
            || interaction.Type == InteractionType.ModalSubmit && id.StartsWith(FeedbackComponents.ReasonPrefix, StringComparison.Ordinal));

    public async Task HandleAsync(InteractionDto interaction, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        var id = interaction.Data!.CustomId!;
        var user = interaction.Invoker?.Id ?? "";
        if (id.StartsWith(FeedbackComponents.HelpfulPrefix, StringComparison.Ordinal))
        {
            await VoteAsync(id[FeedbackComponents.HelpfulPrefix.Length..], user, true, null, cancellationToken).ConfigureAwait(false);
            await responder.RespondAsync(interaction, Private(Thanks), cancellationToken).ConfigureAwait(false);
        }
        else if (id.StartsWith(FeedbackComponents.WrongPrefix, StringComparison.Ordinal))
        {
            // Recorded before the modal: a member who closes it without writing has still said the answer was wrong.
            var answerId = id[FeedbackComponents.WrongPrefix.Length..];
            await VoteAsync(answerId, user, false, null, cancellationToken).ConfigureAwait(false);
            await responder.RespondAsync(interaction, FeedbackComponents.ReasonModal(answerId), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var reason = interaction.Data.Components?.SelectMany(r => r.Components ?? []).FirstOrDefault(c => c.CustomId == FeedbackComponents.ReasonInput)?.Value?.Trim();
            var clipped = string.IsNullOrEmpty(reason) ? null : DiscordLimits.Clip(reason, FeedbackComponents.MaxReason);
            await VoteAsync(id[FeedbackComponents.ReasonPrefix.Length..], user, false, clipped, cancellationToken).ConfigureAwait(false);
            await responder.RespondAsync(interaction, Private(ThanksWrong), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task VoteAsync(string answerId, string user, bool helpful, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            await feedback.RecordVoteAsync(new FeedbackVote(answerId, user, helpful, reason, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            StateLog.FeedbackRecorded(logger, answerId, helpful ? "helpful" : "wrong");
        }
        catch (Exception ex) when (ex is DbException or RedisException or IOException)
        {
            StateLog.StateFailed(logger, "record feedback", ex.Message);
        }
    }

    private static InteractionResponseDto Private(string text) =>
        new(InteractionCallbackType.ChannelMessageWithSource, new MessagePayload { Content = text, Flags = MessagePayload.Ephemeral });
}
