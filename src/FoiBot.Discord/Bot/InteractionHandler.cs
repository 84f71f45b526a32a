using FoiBot.Answering;
using FoiBot.Discord.Api;
using FoiBot.Discord.Interactions;
using FoiBot.Discord.Guilds;
using FoiBot.Discord.Rest;
using FoiBot.Discord.Settings;
using FoiBot.Search;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Bot;

/// <summary>
/// Answers slash commands, autocomplete and "Show letter" buttons. Slow work is deferred first (Discord allows 3 s for
/// the first response), then the reply is edited in; failures reach the user as a short private message.
/// </summary>
internal sealed class InteractionHandler(
    BotAnswers answers,
    FeedbackHandler feedback,
    ConversationKeys conversations,
    LetterIndex index,
    DiscordRestClient rest,
    RequestLimiter limiter,
    IServerSettingsStore settings,
    GuildCache guilds,
    ILogger logger)
{
    private const int SearchHits = 10;

    public async Task HandleAsync(InteractionDto interaction, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        switch (interaction.Type)
        {
            case InteractionType.Ping:
                await responder.RespondAsync(interaction, new InteractionResponseDto(InteractionCallbackType.Pong), cancellationToken).ConfigureAwait(false);
                break;
            case InteractionType.ApplicationCommandAutocomplete:
                await responder.RespondAsync(interaction, Autocomplete(interaction), cancellationToken).ConfigureAwait(false);
                break;
            case InteractionType.ApplicationCommand:
                await CommandAsync(interaction, responder, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionType.MessageComponent or InteractionType.ModalSubmit when FeedbackHandler.Handles(interaction):
                await feedback.HandleAsync(interaction, responder, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionType.MessageComponent when interaction.Data?.CustomId?.StartsWith(SlashCommands.ShowLetterPrefix, StringComparison.Ordinal) == true:
                var reference = interaction.Data.CustomId[SlashCommands.ShowLetterPrefix.Length..];
                await DeferredAsync(interaction, responder, MessagePayload.Ephemeral, _ => Task.FromResult(Letter(reference, MessagePayload.Ephemeral)), cancellationToken).ConfigureAwait(false);
                break;
            default:
                await responder.RespondAsync(interaction, Private("I don't know that one."), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task CommandAsync(InteractionDto interaction, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        if (interaction.Data?.Name == SlashCommands.Settings)
        {
            var reply = await new SettingsCommand(settings, index).RespondAsync(interaction, cancellationToken).ConfigureAwait(false);
            await responder.RespondAsync(interaction, reply, cancellationToken).ConfigureAwait(false);
            return;
        }

        var user = interaction.Invoker?.Id ?? "";
        var channel = interaction.ChannelId ?? interaction.GuildId ?? user;
        var server = interaction.GuildId is { } guildId ? await settings.GetAsync(guildId, cancellationToken).ConfigureAwait(false) : ServerSettings.Default;
        if (interaction.GuildId is { } guild && !server.Allows(channel, guilds.ParentOf(guild, channel)))
        {
            await responder.RespondAsync(interaction, Private(BotReplies.NotHereCommand), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!limiter.TryAcquire(user, channel))
        {
            Log.UserRateLimited(logger, user, channel);
            await responder.RespondAsync(interaction, Private(BotReplies.Slow), cancellationToken).ConfigureAwait(false);
            return;
        }

        var options = interaction.Data?.Options ?? [];
        string? Option(string name) => options.FirstOrDefault(o => o.Name == name)?.Text is { Length: > 0 } v ? v.Trim() : null;
        Func<CancellationToken, Task<IReadOnlyList<MessagePayload>>>? work = interaction.Data?.Name switch
        {
            SlashCommands.Ask when Option("question") is { } question => async ct =>
            {
                Log.Question(logger, user, channel, question);
                var conversation = conversations.For(channel, interaction.Channel?.Type, user);
                var request = new AnswerRequest { Question = question, Id = interaction.Id, Authority = Option("authority") ?? server.AuthorityFor(question), ConversationId = conversation };
                return await answers.AnswerAsync(request, interaction.GuildId, interaction.ChannelId, ct).ConfigureAwait(false);
            },
            SlashCommands.Search when Option("terms") is { } terms => _ => Task.FromResult(Search(terms, Option("authority"), Option("year"))),
            SlashCommands.Letter when Option("ref") is { } reference => _ => Task.FromResult(Letter(reference, null)),
            _ => null,
        };
        if (work is null)
        {
            await responder.RespondAsync(interaction, Private(BotReplies.Usage), cancellationToken).ConfigureAwait(false);
            return;
        }

        await DeferredAsync(interaction, responder, null, work, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeferredAsync(
        InteractionDto interaction,
        IInteractionResponder responder,
        int? flags,
        Func<CancellationToken, Task<IReadOnlyList<MessagePayload>>> work,
        CancellationToken cancellationToken)
    {
        var defer = new InteractionResponseDto(InteractionCallbackType.DeferredChannelMessageWithSource, flags is null ? null : new DeferDataDto(flags.Value));
        await responder.RespondAsync(interaction, defer, cancellationToken).ConfigureAwait(false);
        try
        {
            var messages = await work(cancellationToken).ConfigureAwait(false);
            await rest.EditOriginalAsync(interaction, messages[0], cancellationToken).ConfigureAwait(false);
            foreach (var more in messages.Skip(1))
            {
                await rest.FollowUpAsync(interaction, more, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, "interaction", interaction.Id, ex);
            await ReportFailureAsync(interaction, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The deferral may be public, so the apology goes in a private follow-up and the public placeholder is removed.</summary>
    private async Task ReportFailureAsync(InteractionDto interaction, CancellationToken cancellationToken)
    {
        try
        {
            await rest.FollowUpAsync(interaction, new MessagePayload { Content = BotReplies.Failed, Flags = MessagePayload.Ephemeral }, cancellationToken).ConfigureAwait(false);
            await rest.DeleteOriginalAsync(interaction, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException)
        {
            Log.ErrorReplyFailed(logger, ex.Message);
        }
    }

    private IReadOnlyList<MessagePayload> Search(string terms, string? authority, string? year)
    {
        var wanted = int.TryParse(year, out var y) && y is >= 1 and <= 9999 ? y : (int?)null;
        var hits = index.Search(new PassageQuery
        {
            Text = terms,
            Authority = authority,
            From = wanted is { } from ? new DateOnly(from, 1, 1) : null,
            To = wanted is { } to ? new DateOnly(to, 12, 31) : null,
            Limit = SearchHits,
        });
        return SearchMessages.Build(terms, hits);
    }

    private IReadOnlyList<MessagePayload> Letter(string reference, int? flags) =>
        index.FindLetter(reference) is { } letter
            ? LetterMessages.Build(letter, flags)
            : [new MessagePayload { Content = BotReplies.NoLetter(reference), Flags = flags }];

    private InteractionResponseDto Autocomplete(InteractionDto interaction)
    {
        // A subcommand's options (/settings authority) sit one level down.
        var options = interaction.Data?.Options ?? [];
        var typed = options.Concat(options.SelectMany(o => o.Options ?? [])).FirstOrDefault(o => o.Focused == true)?.Text?.Trim() ?? "";
        var choices = index.Authorities
            .Where(a => a.Authority.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(a => a.Authority.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(a => a.Letters)
            .ThenBy(a => a.Authority, StringComparer.Ordinal)
            .Where(a => a.Authority.Length <= DiscordLimits.ChoiceText)
            .Take(DiscordLimits.Choices)
            .Select(a => new ChoiceDto(DiscordLimits.Clip($"{a.Authority} ({a.Letters} letters)", DiscordLimits.ChoiceText), a.Authority))
            .ToList();
        return new InteractionResponseDto(InteractionCallbackType.ApplicationCommandAutocompleteResult, new AutocompleteDataDto(choices));
    }

    private static InteractionResponseDto Private(string text) =>
        new(InteractionCallbackType.ChannelMessageWithSource, new MessagePayload { Content = text, Flags = MessagePayload.Ephemeral });
}
