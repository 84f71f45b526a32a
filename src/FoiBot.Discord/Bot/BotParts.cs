using FoiBot.Answering;
using FoiBot.Answering.Conversations;
using FoiBot.Core.Authorities;
using FoiBot.Discord.Rest;
using FoiBot.Discord.State;
using FoiBot.Search;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Bot;

/// <summary>The handlers the gateway bot and the HTTP interactions endpoint share, built once over one engine, index and state store.</summary>
internal sealed class BotParts
{
    public BotParts(DiscordOptions options, IAnswerEngine engine, LetterIndex index, IBotStateStore state, DiscordRestClient rest, TimeProvider time, ILogger logger)
    {
        Conversations = new ConversationKeys();
        Limiter = new RequestLimiter(options, time);
        Answers = new BotAnswers(engine, state, new FollowUpRule(index, AuthorityCatalog.Default), time, logger);
        Interactions = new InteractionHandler(Answers, new FeedbackHandler(state, time, logger), Conversations, index, rest, Limiter, logger);
        Mentions = new MentionHandler(Answers, Conversations, options, rest, Limiter, logger);
        Forum = new ForumHandler(Answers, options, rest, Limiter, logger);
    }

    public ConversationKeys Conversations { get; }

    public RequestLimiter Limiter { get; }

    public BotAnswers Answers { get; }

    public InteractionHandler Interactions { get; }

    public MentionHandler Mentions { get; }

    public ForumHandler Forum { get; }
}
