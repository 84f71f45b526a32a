using FoiBot.Core;
using FoiBot.Testing.FakeModel;

namespace FoiBot.Answering.SemanticKernel.Tests;

public sealed class LlmAnswerEngineTests(LetterIndexFixture letters) : IClassFixture<LetterIndexFixture>
{
    private const string Question = "Does Barnet use facial recognition?";

    [Fact]
    public async Task AnswerAsync_ModelQuotesAPassage_AnswersWithTheLettersOwnReference()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => ModelStep.Quoting(r.Quotable, "Barnet says no: "));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        var answer = await AskAsync(engine);

        var request = Assert.Single(server.Requests);
        var cited = request.Quotable;
        Assert.Equal(AnswerEngines.Llm, answer.Engine);
        Assert.Equal($"Barnet says no: \"{cited.FirstSentence}\" [1].", answer.Text);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal(cited.Reference, citation.Ref);
        Assert.Equal(cited.FirstSentence, citation.Quote);
        Assert.Contains(request.Messages, m => m.Role == "system" && m.Content.Contains("cite the passage", StringComparison.Ordinal));
        Assert.Contains("letters-search_letters", request.ToolNames);
    }

    [Fact]
    public async Task AnswerAsync_ModelLooksUpALetter_CitesThePassageTheToolReturned()
    {
        await using var server = await FakeModelServer.StartAsync();
        server
            .Then(new ModelStep.CallTool("letters-get_letter", """{"reference": "FOI352248676"}"""))
            .Then(r => ModelStep.Quoting(r.Passages.First(p => p.Reference == "FOI352248676"), "Coventry does not: "));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        var answer = await AskAsync(engine);

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains(server.Requests[1].Messages, m => m.Role == "tool" && m.Content.Contains("Coventry City Council", StringComparison.Ordinal));
        Assert.Equal(AnswerEngines.Llm, answer.Engine);
        Assert.Equal("FOI352248676", Assert.Single(answer.Citations).Ref);
        Assert.StartsWith("Coventry does not: \"", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_ModelNeverStopsCallingTools_StopsAfterTheBoundAndFallsBack()
    {
        await using var server = await FakeModelServer.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            server.Then(new ModelStep.CallTool("letters-search_letters", """{"query": "cameras"}"""));
        }

        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server) with { MaxToolRounds = 2 });

        var answer = await AskAsync(engine);

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal("none", server.Requests[2].ToolChoice);
        await AssertExtractiveAsync(answer);
    }

    [Fact]
    public async Task AnswerAsync_CitesAPassageNotRetrieved_FallsBackToTheExtractiveAnswer()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => new ModelStep.Say($"Barnet does not use it [1], as confirmed in [{r.Passages.Count + 1}]."));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        await AssertExtractiveAsync(await AskAsync(engine));
    }

    [Fact]
    public async Task AnswerAsync_QuoteNotInTheLetter_FallsBack()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(new ModelStep.Say("Barnet said \"We have deployed four hundred facial recognition cameras.\" [1]"));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        await AssertExtractiveAsync(await AskAsync(engine));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Barnet does not use facial recognition.")]
    [InlineData("Barnet does not use facial recognition (ref 12345678) [1].")]
    public async Task AnswerAsync_UnusableText_FallsBack(string text)
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(new ModelStep.Say(text));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        await AssertExtractiveAsync(await AskAsync(engine));
    }

    [Fact]
    public async Task AnswerAsync_MalformedResponseBody_FallsBackWithoutRetrying()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(new ModelStep.Garble()).Then(r => ModelStep.Quoting(r.Quotable, ""));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        await AssertExtractiveAsync(await AskAsync(engine));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AnswerAsync_ModelTooSlow_TimesOutRetriesAndFallsBack()
    {
        await using var server = await FakeModelServer.StartAsync();
        var slow = new ModelStep.Wait(TimeSpan.FromSeconds(20), new ModelStep.Say("too late [1]"));
        server.Then(slow).Then(slow);
        // Long enough that each attempt reaches the server even on a loaded machine; far shorter than the model's 20 s.
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server) with { Timeout = TimeSpan.FromSeconds(2) });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await AssertExtractiveAsync(await AskAsync(engine));

        Assert.Equal(2, server.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task AnswerAsync_RateLimitedOnce_RetriesAndAnswers()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(new ModelStep.Fail(429, RetryAfterSeconds: 0)).Then(r => ModelStep.Quoting(r.Quotable, ""));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        var answer = await AskAsync(engine);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(AnswerEngines.Llm, answer.Engine);
    }

    [Fact]
    public async Task AnswerAsync_RateLimitedBeyondTheRetries_FallsBack()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(new ModelStep.Fail(429, 0)).Then(new ModelStep.Fail(429, 0)).Then(r => ModelStep.Quoting(r.Quotable, ""));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server) with { MaxRetries = 1 });

        await AssertExtractiveAsync(await AskAsync(engine));
        Assert.Equal(2, server.Requests.Count);
    }

    private static Task<Answer> AskAsync(LlmAnswerEngine engine) =>
        engine.AnswerAsync(new AnswerRequest { Question = Question, Id = "q1" }, CancellationToken.None);

    private async Task AssertExtractiveAsync(Answer answer)
    {
        var extractive = await TestEngines.Extractive(letters.Index).AnswerAsync(new AnswerRequest { Question = Question, Id = "q1" }, CancellationToken.None);
        Assert.Equal(AnswerEngines.Extractive, answer.Engine);
        Assert.Equal(extractive.Text, answer.Text);
        Assert.Equal(extractive.Citations, answer.Citations);
    }
}
