namespace FoiBot.Answering.SemanticKernel.Tests;

/// <summary>What the fake model does with one request.</summary>
internal abstract record ModelStep
{
    /// <summary>Replies with this text (streamed in small pieces when the client asked for a stream).</summary>
    public sealed record Say(string Text) : ModelStep;

    /// <summary>Asks FoiBot to run a function; <paramref name="Function"/> is "get_letter" or "search_letters".</summary>
    public sealed record CallTool(string Function, string ArgumentsJson) : ModelStep;

    /// <summary>Answers with an HTTP error, such as 429 with a Retry-After in seconds.</summary>
    public sealed record Fail(int Status, int? RetryAfterSeconds = null) : ModelStep;

    /// <summary>Waits before doing <paramref name="Then"/>; long enough and the client times out.</summary>
    public sealed record Wait(TimeSpan Delay, ModelStep Then) : ModelStep;

    /// <summary>Sends a 200 whose body is not the JSON the API promises.</summary>
    public sealed record Garble : ModelStep;
}
