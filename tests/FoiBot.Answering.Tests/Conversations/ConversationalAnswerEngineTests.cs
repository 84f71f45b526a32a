using FoiBot.Answering.Conversations;
using FoiBot.Core.Authorities;
using FoiBot.Testing;

namespace FoiBot.Answering.Tests.Conversations;

/// <summary>The extractive engine in a conversation, as the bot and `foibot chat` run it with no model configured.</summary>
public sealed class ConversationalAnswerEngineTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    private ConversationalAnswerEngine Engine(IConversationStore store) => new(corpus.Engine, new FollowUpRule(corpus.Index, AuthorityCatalog.Default), store);

    [Fact]
    public async Task AnswerAsync_IncompleteFollowUp_AnswersTheEarlierQuestionForTheNewAuthority()
    {
        var engine = Engine(new ConversationMemory(6, TimeSpan.FromMinutes(30), new ManualTime()));

        await engine.AnswerAsync(new AnswerRequest { Question = "Does Barnet use facial recognition?", ConversationId = "c" }, CancellationToken.None);
        var followUp = await engine.AnswerAsync(new AnswerRequest { Question = "And Coventry?", ConversationId = "c", Id = "2" }, CancellationToken.None);

        Assert.False(followUp.Abstained);
        Assert.Equal("And Coventry?", followUp.Question);
        Assert.Equal("2", followUp.Id);
        Assert.NotEmpty(followUp.Citations);
        Assert.All(followUp.Citations, c => Assert.Equal("Coventry City Council", c.Authority));
    }

    [Fact]
    public async Task AnswerAsync_CompleteQuestionAfterAnother_AnswersAsIfAskedAlone()
    {
        const string Question = "How many CCTV cameras does Moray Council have?";
        var engine = Engine(new ConversationMemory(6, TimeSpan.FromMinutes(30), new ManualTime()));

        await engine.AnswerAsync(new AnswerRequest { Question = "Does Barnet use facial recognition?", ConversationId = "c" }, CancellationToken.None);
        var inConversation = await engine.AnswerAsync(new AnswerRequest { Question = Question, ConversationId = "c" }, CancellationToken.None);
        var alone = corpus.Engine.Answer(Question);

        Assert.Equal(alone.Citations.Select(c => c.Ref), inConversation.Citations.Select(c => c.Ref));
        Assert.Equal(alone.Text, inConversation.Text);
    }

    [Fact]
    public async Task AnswerAsync_OtherConversation_IsNotAFollowUp()
    {
        var engine = Engine(new ConversationMemory(6, TimeSpan.FromMinutes(30), new ManualTime()));

        await engine.AnswerAsync(new AnswerRequest { Question = "Does Barnet use facial recognition?", ConversationId = "a" }, CancellationToken.None);
        var other = await engine.AnswerAsync(new AnswerRequest { Question = "And Coventry?", ConversationId = "b" }, CancellationToken.None);

        Assert.DoesNotContain(other.Citations, c => c.Quote.Contains("facial", StringComparison.OrdinalIgnoreCase));
    }
}
