using FoiBot.Core;
using FoiBot.Testing.FakeModel;

namespace FoiBot.Answering.SemanticKernel.Tests;

/// <summary>The providers other than a plain OpenAI-compatible server, each against the fake server's matching API.</summary>
public sealed class ProviderTests(LetterIndexFixture letters) : IClassFixture<LetterIndexFixture>
{
    private static readonly AnswerRequest s_request = new() { Question = "Does Barnet use facial recognition?" };

    [Fact]
    public async Task AnswerAsync_AzureOpenAI_SendsTheKeyInAnApiKeyHeaderOnly()
    {
        await using var server = await FakeModelServer.StartAsync();
        // Azure is asked for structured answers unless told otherwise, so the fake replies in that form.
        server.Then(r => new ModelStep.Say(System.Text.Json.JsonSerializer.Serialize(new { sentences = new[] { new { text = $"\"{r.Quotable.FirstSentence}\"", passages = new[] { r.Quotable.Number } } } })));
        var options = TestEngines.Options(server) with { Provider = LlmProvider.AzureOpenAI, ApiKey = "azure-key", Model = "my-deployment" };
        using var engine = TestEngines.Llm(letters.Index, options);

        var answer = await engine.AnswerAsync(s_request, CancellationToken.None);

        var request = server.Requests.Single();
        Assert.Equal("azure-key", request.ApiKey);
        Assert.Null(request.Authorization);
        Assert.Contains("\"my-deployment\"", request.Body, StringComparison.Ordinal);
        Assert.NotNull(request.ResponseFormat);
        Assert.True(answer.Engine == AnswerEngines.Llm, answer.Fallback);
    }

    [Fact]
    public async Task AnswerAsync_OpenAICompatibleWithKey_SendsABearerToken()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => ModelStep.Quoting(r.Quotable, ""));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server) with { ApiKey = "local-key" });

        await engine.AnswerAsync(s_request, CancellationToken.None);

        Assert.Equal("Bearer local-key", server.Requests.Single().Authorization);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnswerAsync_Ollama_AnswersThroughOllamasChatApi(bool stream)
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => ModelStep.Quoting(r.Quotable, "Barnet: "));
        var options = TestEngines.Options(server) with { Provider = LlmProvider.Ollama, Endpoint = server.Endpoint[..^"/v1".Length], Model = "llama3.1" };
        using var engine = TestEngines.Llm(letters.Index, options);
        var pieces = new List<string>();

        var answer = stream
            ? await engine.StreamAsync(s_request, pieces.Add, CancellationToken.None)
            : await engine.AnswerAsync(s_request, CancellationToken.None);

        Assert.Equal(AnswerEngines.Llm, answer.Engine);
        Assert.StartsWith("Barnet: \"", answer.Text, StringComparison.Ordinal);
        Assert.Contains("\"llama3.1\"", server.Requests.Single().Body, StringComparison.Ordinal);
        Assert.Equal(stream ? answer.Text : "", string.Concat(pieces).Trim());
    }
}
