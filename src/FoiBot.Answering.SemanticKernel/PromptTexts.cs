namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// The prompts, kept as text files so they are read and reviewed as prose. They are filled by plain replacement,
/// never by a template engine, so a letter's text can never be executed as template syntax.
/// </summary>
internal static class PromptTexts
{
    private static readonly string s_question = Load("question");

    public static string System { get; } = Load("system");

    /// <summary>What the model is told when it must answer in the structured form (<see cref="StructuredAnswer"/>).</summary>
    public static string Structured { get; } = Load("structured");

    public static string Question(string question, string passages) =>
        s_question.Replace("{{question}}", question, StringComparison.Ordinal).Replace("{{passages}}", passages, StringComparison.Ordinal);

    private static string Load(string name)
    {
        var resource = $"FoiBot.Answering.SemanticKernel.Prompts.{name}.txt";
        using var stream = typeof(PromptTexts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The prompt {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}
