using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OllamaSharp;
using OpenAI;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>Builds the Semantic Kernel chat service for the configured provider, on an HttpClient FoiBot owns.</summary>
internal static class ChatServiceFactory
{
    private static readonly Uri s_openAi = new("https://api.openai.com/v1");
    private static readonly Uri s_ollama = new("http://localhost:11434");

    public static IChatCompletionService Create(LlmOptions options, HttpClient http, ILoggerFactory loggers)
    {
        switch (options.Provider)
        {
            case LlmProvider.Ollama:
                http.BaseAddress = Endpoint(options, s_ollama);
#pragma warning disable SKEXP0001 // The IChatClient bridge is experimental in SK 1.82; it is how SK talks to OllamaSharp's client.
                return new OllamaApiClient(http, options.Model).AsChatCompletionService();
#pragma warning restore SKEXP0001
            case LlmProvider.OpenAI or LlmProvider.OpenAICompatible or LlmProvider.AzureOpenAI:
                var clientOptions = new OpenAIClientOptions
                {
                    Endpoint = Endpoint(options, s_openAi),
                    Transport = new HttpClientPipelineTransport(http),

                    // FoiBot retries itself, on its own clock and bounds; the SDK's hidden retries would multiply them.
                    RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                    NetworkTimeout = options.Timeout,
                };

                // Local servers take any key, but the SDK insists on one.
                var key = options.ApiKey.Length > 0 ? options.ApiKey : "no-key";
                return new OpenAIChatCompletionService(options.Model, new OpenAIClient(new ApiKeyCredential(key), clientOptions), loggers);
            default:
                throw new InvalidOperationException("No model is configured (Llm:Provider is None).");
        }
    }

    /// <summary>The message handler for the provider: Azure wants the key in an api-key header instead of a bearer token.</summary>
    public static HttpMessageHandler Handler(LlmOptions options) =>
        options.Provider == LlmProvider.AzureOpenAI ? new AzureKeyHandler { InnerHandler = new SocketsHttpHandler() } : new SocketsHttpHandler();

    private static Uri Endpoint(LlmOptions options, Uri fallback) =>
        options.Endpoint.Length > 0 ? new Uri(options.Endpoint.TrimEnd('/')) : fallback;
}
