using System.Reflection;

namespace FoiBot.Answering;

/// <summary>The shipped list of words that carry no topic in a question (Data/question-words.txt).</summary>
internal static class QuestionWords
{
    private const string ResourceName = "FoiBot.Answering.Data.question-words.txt";

    private static readonly Lazy<IReadOnlyList<string>> s_words = new(Load);

    public static IReadOnlyList<string> All => s_words.Value;

    private static IReadOnlyList<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded word list {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Whitespace-separated words; a line starting with '#' is a comment.</summary>
    public static IReadOnlyList<string> Parse(string text) =>
        text.Split('\n')
            .Where(line => !line.TrimStart().StartsWith('#'))
            .SelectMany(line => line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
            .Select(word => word.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
