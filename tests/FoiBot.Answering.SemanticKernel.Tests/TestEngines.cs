using FoiBot.Core.Authorities;
using FoiBot.Search;
using FoiBot.Testing.FakeModel;
using Microsoft.Extensions.Logging.Abstractions;

namespace FoiBot.Answering.SemanticKernel.Tests;

/// <summary>The LLM engine pointed at a fake model, with short limits so failures are quick, and its extractive fallback.</summary>
internal static class TestEngines
{
    public static LlmOptions Options(FakeModelServer server) => new()
    {
        Provider = LlmProvider.OpenAICompatible,
        Endpoint = server.Endpoint,
        Model = "fake-model",
        Timeout = TimeSpan.FromSeconds(3),
        MaxRetries = 1,
        RetryDelay = TimeSpan.FromMilliseconds(10),
    };

    public static ExtractiveAnswerEngine Extractive(LetterIndex index) => new(index, AuthorityCatalog.Default, new AnswerOptions());

    public static LlmAnswerEngine Llm(LetterIndex index, LlmOptions options, TimeProvider? time = null) =>
        LlmAnswerEngine.Create(options, index, AuthorityCatalog.Default, Extractive(index), NullLoggerFactory.Instance, time ?? TimeProvider.System);
}
