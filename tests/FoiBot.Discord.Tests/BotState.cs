using FoiBot.Answering;
using FoiBot.Answering.Conversations;
using FoiBot.Core.Authorities;
using FoiBot.Discord.State;

namespace FoiBot.Discord.Tests;

/// <summary>A state store and the engine that keeps its conversations there, as the bot's host builds them.</summary>
internal sealed record BotState
{
    internal BotState(IBotStateStore store, IAnswerEngine engine, StateOptions options)
    {
        Store = store;
        Engine = engine;
        Options = options;
    }

    internal IBotStateStore Store { get; }

    internal IAnswerEngine Engine { get; }

    internal StateOptions Options { get; }

    internal static BotState Over(IBotStateStore store, CorpusIndexFixture corpus, StateOptions? options = null) =>
        new(store, new ConversationalAnswerEngine(corpus.Engine, new FollowUpRule(corpus.Index, AuthorityCatalog.Default), store), options ?? new StateOptions());

    internal static BotState Sqlite(string path, CorpusIndexFixture corpus, TimeProvider time, StateOptions? options = null) =>
        Over(SqliteStateStore.Open(path, 6, TimeSpan.FromMinutes(30), time), corpus, options);
}
