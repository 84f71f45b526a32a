using FoiBot.Core;
using FoiBot.Testing.FakeModel;

namespace FoiBot.Answering.SemanticKernel.Tests;

public sealed class RetryTests(LetterIndexFixture letters) : IClassFixture<LetterIndexFixture>
{
    private static readonly AnswerRequest s_request = new() { Question = "Does Barnet use facial recognition?" };

    [Fact]
    public async Task AnswerAsync_RateLimitedWithRetryAfter_WaitsAsLongAsTheServerSays()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(new ModelStep.Fail(429, RetryAfterSeconds: 7)).Then(r => ModelStep.Quoting(r.Quotable, ""));
        var time = new InstantTimeProvider();
        using var engine = TestEngines.Llm(letters.Index, Options(server), time);

        var answer = await engine.AnswerAsync(s_request, CancellationToken.None);

        Assert.Equal(AnswerEngines.Llm, answer.Engine);
        Assert.Contains(TimeSpan.FromSeconds(7), time.Waits);
    }

    [Fact]
    public async Task AnswerAsync_ServerErrorsWithoutRetryAfter_BacksOffDoublingTheDelay()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(new ModelStep.Fail(503)).Then(new ModelStep.Fail(502)).Then(r => ModelStep.Quoting(r.Quotable, ""));
        var time = new InstantTimeProvider();
        using var engine = TestEngines.Llm(letters.Index, Options(server) with { MaxRetries = 2 }, time);

        var answer = await engine.AnswerAsync(s_request, CancellationToken.None);

        Assert.Equal(AnswerEngines.Llm, answer.Engine);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], time.Waits.Where(w => w < InstantTimeProvider.Horizon));
    }

    [Fact]
    public async Task AnswerAsync_BadRequest_IsNotRetried()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(new ModelStep.Fail(400)).Then(r => ModelStep.Quoting(r.Quotable, ""));
        using var engine = TestEngines.Llm(letters.Index, Options(server), new InstantTimeProvider());

        var answer = await engine.AnswerAsync(s_request, CancellationToken.None);

        Assert.Equal(AnswerEngines.Extractive, answer.Engine);
        Assert.Single(server.Requests);
    }

    /// <summary>A call's time limit beyond the clock's horizon, so only the retry delays are timers that fire.</summary>
    private static LlmOptions Options(FakeModelServer server) =>
        TestEngines.Options(server) with { Timeout = TimeSpan.FromMinutes(2), RetryDelay = TimeSpan.FromSeconds(2), MaxRetries = 1 };
}
