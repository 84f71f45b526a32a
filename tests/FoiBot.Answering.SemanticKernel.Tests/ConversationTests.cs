using FoiBot.Core;
using FoiBot.Testing.FakeModel;

namespace FoiBot.Answering.SemanticKernel.Tests;

public sealed class ConversationTests(LetterIndexFixture letters) : IClassFixture<LetterIndexFixture>
{
    [Fact]
    public async Task AnswerAsync_FollowUpInTheSameConversation_SendsTheEarlierTurnAndSearchesItsTopic()
    {
        await using var server = await FakeModelServer.StartAsync();
        server
            .Then(r => ModelStep.Quoting(r.Quotable, "Barnet: "))
            .Then(r => ModelStep.Quoting(r.Passages.First(p => p.Authority == "Coventry City Council"), "Coventry: "));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        await engine.AnswerAsync(new AnswerRequest { Question = "Does Barnet use facial recognition?", ConversationId = "thread-1" }, CancellationToken.None);
        var followUp = await engine.AnswerAsync(new AnswerRequest { Question = "And Coventry?", ConversationId = "thread-1" }, CancellationToken.None);

        var messages = server.Requests[1].Messages;
        Assert.Contains(messages, m => m.Role == "user" && m.Content == "Does Barnet use facial recognition?");
        Assert.Contains(messages, m => m.Role == "assistant" && m.Content.StartsWith("Barnet: ", StringComparison.Ordinal));
        Assert.All(server.Requests[1].Passages, p => Assert.Equal("Coventry City Council", p.Authority));
        Assert.Equal(AnswerEngines.Llm, followUp.Engine);
        Assert.Equal("Coventry City Council", Assert.Single(followUp.Citations).Authority);
    }

    [Fact]
    public async Task AnswerAsync_FollowUpTheModelFails_ExtractiveAnswersTheEarlierQuestionForTheNewAuthority()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => ModelStep.Quoting(r.Quotable, "Barnet: ")).Then(new ModelStep.Fail(400));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        await engine.AnswerAsync(new AnswerRequest { Question = "Does Barnet use facial recognition?", ConversationId = "t" }, CancellationToken.None);
        var followUp = await engine.AnswerAsync(new AnswerRequest { Question = "And Coventry?", ConversationId = "t", Id = "2" }, CancellationToken.None);

        Assert.Equal(AnswerEngines.Extractive, followUp.Engine);
        Assert.False(followUp.Abstained);
        Assert.Equal("And Coventry?", followUp.Question);
        Assert.Equal("2", followUp.Id);
        Assert.All(followUp.Citations, c => Assert.Equal("Coventry City Council", c.Authority));
        Assert.NotEmpty(followUp.Citations);
    }

    [Fact]
    public async Task AnswerAsync_FollowUpNamingNoAuthority_KeepsTheAuthorityAskedAbout()
    {
        await using var server = await FakeModelServer.StartAsync();
        server
            .Then(r => ModelStep.Quoting(r.Quotable, ""))
            .Then(r => ModelStep.Quoting(r.Quotable, ""));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        await engine.AnswerAsync(new AnswerRequest { Question = "Does Coventry use facial recognition?", ConversationId = "t" }, CancellationToken.None);
        await engine.AnswerAsync(new AnswerRequest { Question = "What about CCTV cameras?", ConversationId = "t" }, CancellationToken.None);

        Assert.NotEmpty(server.Requests[1].Passages);
        Assert.All(server.Requests[1].Passages, p => Assert.Equal("Coventry City Council", p.Authority));
    }

    /// <summary>Another conversation's turns, or a question that stands on its own, send the model no earlier turns.</summary>
    [Theory]
    [InlineData("b", "Does Coventry use facial recognition?")]
    [InlineData("a", "How many CCTV cameras does Coventry City Council operate?")]
    public async Task AnswerAsync_OtherConversationOrCompleteQuestion_SendsNoEarlierTurns(string conversation, string question)
    {
        await using var server = await FakeModelServer.StartAsync();
        server
            .Then(r => ModelStep.Quoting(r.Quotable, ""))
            .Then(r => ModelStep.Quoting(r.Quotable, ""));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        await engine.AnswerAsync(new AnswerRequest { Question = "Does Barnet use facial recognition?", ConversationId = "a" }, CancellationToken.None);
        await engine.AnswerAsync(new AnswerRequest { Question = question, ConversationId = conversation }, CancellationToken.None);

        Assert.Equal(["system", "user"], server.Requests[1].Messages.Select(m => m.Role));
        Assert.All(server.Requests[1].Passages, p => Assert.Equal("Coventry City Council", p.Authority));
    }
}
