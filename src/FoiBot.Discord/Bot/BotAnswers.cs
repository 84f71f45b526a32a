using System.Data.Common;
using FoiBot.Answering;
using FoiBot.Answering.Conversations;
using FoiBot.Core;
using FoiBot.Discord.Api;
using FoiBot.Discord.State;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace FoiBot.Discord.Bot;

/// <summary>
/// One answer as every front end of the bot gives it (mention, /ask, forum post): the engine's answer, kept in the
/// store for feedback, as messages with Helpful and Wrong buttons and, when FoiBot abstains on a named body, a link
/// to request the letters from it on WhatDoTheyKnow.
/// </summary>
internal sealed class BotAnswers(IAnswerEngine engine, IBotStateStore state, FollowUpRule rule, TimeProvider time, ILogger logger)
{
    public async Task<IReadOnlyList<MessagePayload>> AnswerAsync(AnswerRequest request, string? guildId, string? channelId, CancellationToken cancellationToken)
    {
        var answer = await engine.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        var (asked, authority) = await AskedAsync(request, cancellationToken).ConfigureAwait(false);
        var answerId = request.Id;
        if (answerId is not null)
        {
            await RecordAsync(
                new AnswerRecord
                {
                    AnswerId = answerId,
                    Question = asked,
                    Verdict = answer.Verdict.ToString(),
                    Abstained = answer.Abstained,
                    Engine = answer.Engine,
                    References = answer.Citations.Select(c => c.Ref).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                    Authority = authority,
                    GuildId = guildId,
                    ChannelId = channelId,
                    AskedAt = time.GetUtcNow(),
                },
                cancellationToken).ConfigureAwait(false);
        }

        var requestUrl = answer.Abstained ? WhatDoTheyKnowLink.NewRequest(authority, asked) : null;
        return AnswerMessages.Build(answer, answerId, requestUrl);
    }

    /// <summary>
    /// The question as answered and the body it was about: a follow-up written out whole, as the conversation kept it
    /// ("Does Barnet use facial recognition?" about Camden for "and Camden?"), else the question and the body it names.
    /// </summary>
    private async Task<(string Question, string? Authority)> AskedAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var turns = await state.RecallAsync(request.ConversationId, cancellationToken).ConfigureAwait(false);
        return turns.Count > 0 && turns[^1].Question == request.Question && turns[^1].Authority is not null
            ? (turns[^1].Topic, turns[^1].Authority)
            : (request.Question, rule.AuthorityOf(request));
    }

    /// <summary>Feedback is a courtesy: a store that cannot take the record must not cost the member their answer.</summary>
    private async Task RecordAsync(AnswerRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await state.RecordAnswerAsync(record, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or RedisException or IOException)
        {
            StateLog.StateFailed(logger, "record an answer", ex.Message);
        }
    }
}
