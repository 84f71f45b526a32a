namespace FoiBot.Core;

/// <summary>The names reported in <see cref="Answer.Engine"/>.</summary>
public static class AnswerEngines
{
    public const string Extractive = "extractive";

    public const string Llm = "llm";
}
