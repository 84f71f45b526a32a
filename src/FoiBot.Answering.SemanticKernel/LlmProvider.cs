namespace FoiBot.Answering.SemanticKernel;

/// <summary>Which kind of model endpoint answers; <see cref="None"/> keeps the extractive engine.</summary>
public enum LlmProvider
{
    None = 0,
    OpenAI,

    /// <summary>Any server speaking OpenAI's chat completions API: llama.cpp server, vLLM, LM Studio.</summary>
    OpenAICompatible,

    /// <summary>Azure OpenAI's v1 API (https://RESOURCE.openai.azure.com/openai/v1), sent the key in an api-key header.</summary>
    AzureOpenAI,
    Ollama,
}
