using FoiBot.Answering;
using FoiBot.Answering.Conversations;
using FoiBot.Core.Authorities;
using FoiBot.Discord.Guilds;
using FoiBot.Discord.Rest;
using FoiBot.Discord.Settings;
using FoiBot.Discord.State;
using FoiBot.Search;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Bot;

/// <summary>The handlers the gateway bot and the HTTP interactions endpoint share, built once over one engine, index, state store and settings store.</summary>
internal sealed class BotParts
{
    public BotParts(
        DiscordOptions options,
        IAnswerEngine engine,
        LetterIndex index,
        IBotStateStore state,
        IServerSettingsStore settings,
        DiscordRestClient rest,
        TimeProvider time,
        ILogger logger)
    {
        Conversations = new ConversationKeys();
        Limiter = new RequestLimiter(options, time);
        Guilds = new GuildCache(time);
        var notices = new MemberNotices(rest, Guilds, options.RateLimitWindow, time, logger);
        Answers = new BotAnswers(engine, state, new FollowUpRule(index, AuthorityCatalog.Default), time, logger);
        Interactions = new InteractionHandler(Answers, new FeedbackHandler(state, time, logger), Conversations, index, rest, Limiter, settings, Guilds, logger);
        Mentions = new MentionHandler(
            Answers,
            Conversations,
            options,
            rest,
            new MentionAdmission(settings, Guilds, Limiter, notices, logger),
            notices,
            new SlowAnswerTyping(rest, options.TypingAfter, time, logger),
            Guilds,
            logger);
        Forum = new ForumHandler(Answers, options, rest, Limiter, logger);
    }

    /// <summary>What guild events said about channels and roles; the gateway keeps it current, the HTTP endpoint has none.</summary>
    public GuildCache Guilds { get; }

    public ConversationKeys Conversations { get; }

    public RequestLimiter Limiter { get; }

    public BotAnswers Answers { get; }

    public InteractionHandler Interactions { get; }

    public MentionHandler Mentions { get; }

    public ForumHandler Forum { get; }
}
