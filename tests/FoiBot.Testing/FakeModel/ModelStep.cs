namespace FoiBot.Testing.FakeModel;

/// <summary>What the fake model does with one request.</summary>
public abstract record ModelStep
{
    /// <summary>A model behaving well: <paramref name="lead"/>, then the passage's opening sentence quoted and cited by its number.</summary>
    public static ModelStep Quoting(PromptPassage passage, string lead) => new Say($"{lead}\"{passage.FirstSentence}\" [{passage.Number}].");

    /// <summary>Replies with this text (streamed in small pieces when the client asked for a stream).</summary>
    public sealed record Say(string Text) : ModelStep;

    /// <summary>Asks FoiBot to run a function by its tool name, e.g. "letters-get_letter".</summary>
    public sealed record CallTool(string Function, string ArgumentsJson) : ModelStep;

    /// <summary>Answers with an HTTP error, such as 429 with a Retry-After in seconds.</summary>
    public sealed record Fail(int Status, int? RetryAfterSeconds = null) : ModelStep;

    /// <summary>Waits before doing <paramref name="Then"/>; long enough and the client times out.</summary>
    public sealed record Wait(TimeSpan Delay, ModelStep Then) : ModelStep;

    /// <summary>Sends a 200 whose body is not the JSON the API promises.</summary>
    public sealed record Garble : ModelStep;
}
