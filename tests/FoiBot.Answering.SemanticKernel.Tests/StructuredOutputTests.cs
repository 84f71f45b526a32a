using FoiBot.Core;
using FoiBot.Testing.FakeModel;

namespace FoiBot.Answering.SemanticKernel.Tests;

/// <summary>
/// A model asked for its answer as JSON sentences with their passage numbers: the request carries the schema, and the
/// sentences go through the same check as prose, shown (streamed or not) only once they pass.
/// </summary>
public sealed class StructuredOutputTests(LetterIndexFixture letters) : IClassFixture<LetterIndexFixture>
{
    private const string Question = "Does Barnet use facial recognition?";

    [Fact]
    public async Task AnswerAsync_StructuredReply_IsAskedForWithTheSchemaAndShownWithItsMarkers()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => new ModelStep.Say($$"""{"sentences": [{"text": "No: Barnet wrote that it is \"Not used.\"", "passages": [{{Barnet(r)}}]}]}"""));
        using var engine = Engine(server);

        var answer = await engine.AnswerAsync(new AnswerRequest { Question = Question }, CancellationToken.None);

        Assert.Contains("foibot_answer", server.Requests.Single().ResponseFormat, StringComparison.Ordinal);
        Assert.True(answer.Engine == AnswerEngines.Llm, answer.Fallback);
        Assert.Equal("No: Barnet wrote that it is \"Not used.\" [1].", answer.Text);
        Assert.Equal("5576276", Assert.Single(answer.Citations).Ref);
    }

    [Theory]
    [InlineData("""{"sentences": [{"text": "Barnet uses it at 40 sites.", "passages": [{n}]}]}""", "sentence 1 names 40, which no passage it cites holds")]
    [InlineData("""{"sentences": [{"text": "Barnet uses it everywhere.", "passages": []}]}""", "sentence 1 cites no passage")]
    [InlineData("Barnet does not use it [{n}].", "the model's structured answer could not be read")]
    public async Task StreamAsync_StructuredReplyThatFails_ShowsNothingAndSaysWhy(string reply, string reason)
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => new ModelStep.Say(reply.Replace("{n}", Barnet(r), StringComparison.Ordinal)));
        using var engine = Engine(server);
        var shown = new List<string>();

        var answer = await engine.StreamAsync(new AnswerRequest { Question = Question }, shown.Add, CancellationToken.None);

        Assert.Empty(shown);
        Assert.Equal(AnswerEngines.Extractive, answer.Engine);
        Assert.Contains(reason, answer.Fallback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamAsync_StructuredReply_ShowsEachSentenceOnceChecked()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => new ModelStep.Say($$"""{"sentences": [{"text": "Barnet said it is \"Not used.\"", "passages": [{{Barnet(r)}}]}, {"text": "It said so in 2019.", "passages": [{{Barnet(r)}}]}]}"""));
        using var engine = Engine(server);
        var shown = new List<string>();

        var answer = await engine.StreamAsync(new AnswerRequest { Question = Question }, shown.Add, CancellationToken.None);

        Assert.True(answer.Engine == AnswerEngines.Llm, answer.Fallback);
        Assert.Equal(2, shown.Count);
        Assert.Equal(answer.Text, string.Concat(shown).Trim());
        Assert.False(server.Requests.Single().Stream);
    }

    [Theory]
    [InlineData(LlmProvider.OpenAI, null, true)]
    [InlineData(LlmProvider.AzureOpenAI, null, true)]
    [InlineData(LlmProvider.OpenAICompatible, null, false)]
    [InlineData(LlmProvider.Ollama, null, false)]
    [InlineData(LlmProvider.OpenAICompatible, true, true)]
    [InlineData(LlmProvider.OpenAI, false, false)]
    public void Structured_ByProviderUnlessSet(LlmProvider provider, bool? set, bool structured) =>
        Assert.Equal(structured, new LlmOptions { Provider = provider, StructuredOutput = set }.Structured);

    [Fact]
    public async Task AnswerAsync_ProviderWithoutStructuredOutput_SendsNoResponseFormat()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => ModelStep.Quoting(r.Quotable, "Barnet: "));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        await engine.AnswerAsync(new AnswerRequest { Question = Question }, CancellationToken.None);

        Assert.Null(server.Requests.Single().ResponseFormat);
    }

    private LlmAnswerEngine Engine(FakeModelServer server) =>
        TestEngines.Llm(letters.Index, TestEngines.Options(server) with { StructuredOutput = true });

    private static string Barnet(ModelRequest request) =>
        request.Passages.First(p => p.Reference == "5576276").Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
