using FoiBot.Core;
using FoiBot.Testing.FakeModel;

namespace FoiBot.Answering.SemanticKernel.Tests;

public sealed class StreamingTests(LetterIndexFixture letters) : IClassFixture<LetterIndexFixture>
{
    private const string Question = "Does Barnet use facial recognition?";

    [Fact]
    public async Task StreamAsync_GoodAnswer_StreamsInPiecesThatMakeTheAnswer()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => ModelStep.Quoting(r.Quotable, $"Barnet has said no [{r.Quotable.Number}]. It wrote: "));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));
        var pieces = new List<string>();

        var answer = await engine.StreamAsync(new AnswerRequest { Question = Question }, pieces.Add, CancellationToken.None);

        Assert.True(server.Requests.Single().Stream);
        Assert.True(answer.Engine == AnswerEngines.Llm, answer.Fallback);
        Assert.True(pieces.Count >= 2);
        Assert.Equal(answer.Text, string.Concat(pieces).Trim());
    }

    [Fact]
    public async Task StreamAsync_LaterSentenceCitesAnUnknownPassage_ThatSentenceIsNeverShownAndTheAnswerFallsBack()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(new ModelStep.Say("Barnet does not use it [1]. Coventry does not either [77]. Nobody does [1]."));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));
        var pieces = new List<string>();

        var answer = await engine.StreamAsync(new AnswerRequest { Question = Question }, pieces.Add, CancellationToken.None);

        Assert.Equal("Barnet does not use it [1].", string.Concat(pieces).Trim());
        Assert.Equal(AnswerEngines.Extractive, answer.Engine);
    }

    [Fact]
    public async Task StreamAsync_ToolCallThenAnswer_StreamsTheFinalAnswer()
    {
        await using var server = await FakeModelServer.StartAsync();
        server
            .Then(new ModelStep.CallTool("letters-search_letters", """{"query": "facial recognition", "authority": "Coventry City Council"}"""))
            .Then(r => ModelStep.Quoting(r.Passages.First(p => p.Authority == "Coventry City Council"), "Coventry: "));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));
        var pieces = new List<string>();

        var answer = await engine.StreamAsync(new AnswerRequest { Question = Question }, pieces.Add, CancellationToken.None);

        Assert.True(answer.Engine == AnswerEngines.Llm, answer.Fallback);
        Assert.Equal("Coventry City Council", Assert.Single(answer.Citations).Authority);
        Assert.Equal(answer.Text, string.Concat(pieces).Trim());
    }
}
