using System.Text;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>The model that writes answers, and the bounds on talking to it. The key comes only from env vars or user secrets.</summary>
public sealed record LlmOptions
{
    public const string SectionName = "Llm";

    public LlmProvider Provider { get; init; } = LlmProvider.None;

    /// <summary>The API's base URL ending in /v1 for OpenAI-style servers; empty for the provider's default.</summary>
    public string Endpoint { get; init; } = "";

    /// <summary>The model name, or the deployment name on Azure.</summary>
    public string Model { get; init; } = "";

    /// <summary>Secret: set it with the Llm__ApiKey environment variable or user secrets, never in a file.</summary>
    public string ApiKey { get; init; } = "";

    /// <summary>The longest one call to the model may take, streamed or not, before it counts as failed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Further tries after a rate limit, a server error or a timeout.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>The wait before the first retry, doubled for each next one, unless the server sends Retry-After.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times the model may ask for more letters before it must answer.</summary>
    public int MaxToolRounds { get; init; } = 2;

    /// <summary>How many numbered passages the model is given up front.</summary>
    public int MaxPassages { get; init; } = 8;

    public double Temperature { get; init; } = 0.1;

    /// <summary>Question and answer pairs remembered per conversation for follow-ups.</summary>
    public int MaxTurns { get; init; } = 6;

    /// <summary>A conversation untouched this long is forgotten.</summary>
    public TimeSpan Idle { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Whether the model is asked for its answer as JSON, sentence by sentence with the passages each rests on (a JSON
    /// schema in the request); unset, on for OpenAI and Azure OpenAI, whose APIs hold a reply to the schema, and off
    /// for other servers, which may not.
    /// </summary>
    public bool? StructuredOutput { get; init; }

    public bool Enabled => Provider != LlmProvider.None;

    /// <summary>Whether this provider is asked for structured answers: <see cref="StructuredOutput"/>, or the provider's default.</summary>
    public bool Structured => StructuredOutput ?? Provider is LlmProvider.OpenAI or LlmProvider.AzureOpenAI;

    /// <exception cref="ArgumentException">A value cannot work; the parameter name is the field.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Provider))
        {
            throw new ArgumentException("Provider must be None, OpenAI, OpenAICompatible, AzureOpenAI or Ollama.", nameof(Provider));
        }

        if (!Enabled)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            throw new ArgumentException("Model must name the model (the deployment on Azure).", nameof(Model));
        }

        var needsEndpoint = Provider is LlmProvider.OpenAICompatible or LlmProvider.AzureOpenAI;
        if ((needsEndpoint && string.IsNullOrWhiteSpace(Endpoint))
            || (Endpoint.Length > 0 && !Uri.TryCreate(Endpoint, UriKind.Absolute, out _)))
        {
            throw new ArgumentException($"Endpoint must be an absolute URL{(needsEndpoint ? $" for {Provider}" : "")}.", nameof(Endpoint));
        }

        if (Provider is LlmProvider.OpenAI or LlmProvider.AzureOpenAI && string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException($"ApiKey is required for {Provider}; set the Llm__ApiKey environment variable or a user secret.", nameof(ApiKey));
        }

        if (Timeout <= TimeSpan.Zero || RetryDelay < TimeSpan.Zero || Idle <= TimeSpan.Zero)
        {
            throw new ArgumentException("Timeout and Idle must be above zero and RetryDelay not below it.", Timeout <= TimeSpan.Zero ? nameof(Timeout) : RetryDelay < TimeSpan.Zero ? nameof(RetryDelay) : nameof(Idle));
        }

        if (MaxRetries is < 0 or > 10 || MaxToolRounds is < 0 or > 10)
        {
            throw new ArgumentException("MaxRetries and MaxToolRounds must be between 0 and 10.", MaxRetries is < 0 or > 10 ? nameof(MaxRetries) : nameof(MaxToolRounds));
        }

        if (MaxPassages is < 1 or > 50 || MaxTurns is < 0 or > 50)
        {
            throw new ArgumentException("MaxPassages must be between 1 and 50 and MaxTurns between 0 and 50.", MaxPassages is < 1 or > 50 ? nameof(MaxPassages) : nameof(MaxTurns));
        }

        if (Temperature is < 0 or > 2)
        {
            throw new ArgumentException("Temperature must be between 0 and 2.", nameof(Temperature));
        }
    }

    /// <summary>Keeps the key out of logs and debugger views: a record prints every property otherwise.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Provider = {Provider}, Endpoint = {Endpoint}, Model = {Model}, ApiKey = {(ApiKey.Length > 0 ? "(set)" : "(empty)")}, Timeout = {Timeout}");
        return true;
    }
}
