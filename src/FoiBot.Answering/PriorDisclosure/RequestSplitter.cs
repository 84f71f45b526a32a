using System.Text.RegularExpressions;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>
/// Splits the text of an FOI request into its questions as requesters write them. A listed request gives one question
/// per item of its outer list; inner lists (lettered, decimal or bulleted sub-questions, year or period lines) stay
/// with their parent. A request without a list gives its question sentences: lines ending in "?", and sentences that
/// ask ("Please provide...", "Could you tell me..."). Page text, preambles ending in a colon, closing words and
/// sign-offs are not questions.
/// </summary>
public static partial class RequestSplitter
{
    /// <summary>The most questions read from one request; a longer paste is cut here rather than searched whole.</summary>
    public const int MaxQuestions = 30;

    public static IReadOnlyList<string> Split(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = RequestText.Prepare(request);
        var markers = ItemMarkers.Find(text);

        // The outer list is the first list whose item says more than a year: "a) 2022" lines belong to a question.
        var outer = markers.FirstOrDefault(m => !m.PeriodOnly)?.Style;
        var items = outer is null ? QuestionSentences.Read(text) : ListItems.Read(text, markers.Where(m => m.Style == outer && !m.PeriodOnly).ToList());
        return items.Select(Clean).Where(IsQuestion).Take(MaxQuestions).ToList();
    }

    private static string Clean(string item) => Whitespace().Replace(item, " ").Trim(' ', '-', '*', '\u2022', ';', ',');

    private static bool IsQuestion(string item) =>
        item.Length >= 8
        && item.Any(char.IsLetter)
        && !RequestText.IsGreeting(item)
        && !(item.EndsWith(':') && !item.Contains('?', StringComparison.Ordinal));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
