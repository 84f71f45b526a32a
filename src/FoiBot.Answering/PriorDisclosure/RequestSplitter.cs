using System.Text.RegularExpressions;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>
/// Splits the text of an FOI request into its questions: numbered items ("1.", "2)", "(3)", "Q4", "Question 5",
/// "a)"), bullets, or, when the request has none, its paragraphs and the question sentences within them.
/// Greetings, preambles ending in a colon and sign-offs are not questions.
/// </summary>
public static partial class RequestSplitter
{
    /// <summary>The most questions read from one request; a longer paste is cut here rather than searched whole.</summary>
    public const int MaxQuestions = 30;

    public static IReadOnlyList<string> Split(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = CutSignOff(request.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        var markers = Marker().Matches(text);
        var items = markers.Count > 0 ? Items(text, markers) : Paragraphs(text);
        return items.Select(Clean).Where(IsQuestion).Take(MaxQuestions).ToList();
    }

    private static IEnumerable<string> Items(string text, MatchCollection markers)
    {
        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i].Index + markers[i].Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : text.Length;
            var item = text[start..end];

            // A paragraph after the last item is the request's closing words, not part of its question.
            if (i + 1 == markers.Count && item.IndexOf("\n\n", StringComparison.Ordinal) is var gap and > 0)
            {
                item = item[..gap];
            }

            yield return item;
        }
    }

    private static IEnumerable<string> Paragraphs(string text)
    {
        foreach (var paragraph in ParagraphBreak().Split(text))
        {
            var questions = QuestionSentence().Matches(paragraph);
            if (questions.Count > 1)
            {
                foreach (Match question in questions)
                {
                    yield return question.Value;
                }
            }
            else
            {
                yield return paragraph;
            }
        }
    }

    private static string CutSignOff(string text)
    {
        var signOff = SignOff().Match(text);
        return signOff.Success ? text[..signOff.Index] : text;
    }

    private static string Clean(string item) => Whitespace().Replace(item, " ").Trim(' ', '-', '*', '\u2022', ';', ',');

    private static bool IsQuestion(string item) =>
        item.Length >= 8
        && item.Any(char.IsLetter)
        && !Greeting().IsMatch(item)
        && !(item.EndsWith(':') && !item.Contains('?', StringComparison.Ordinal));

    // An item marker opens a line or follows the end of a sentence ("...cameras? 2. How many...").
    [GeneratedRegex(@"(?:^|(?<=[?.!:;]\s+))[ \t]*(?:Q(?:uestion)?[ \t]*\d{1,2}[a-z]?[.):]?|\(?\d{1,2}[a-z]?[.)]|\(?[a-h]\)|[-*\u2022])[ \t]+(?=\S)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"[^.?!\n]*(?:\n(?!\n)[^.?!\n]*)*\?")]
    private static partial Regex QuestionSentence();

    [GeneratedRegex(@"^\s*(?:yours (?:faithfully|sincerely|truly)|(?:kind|best|warm) regards|regards|(?:many )?thanks|thank you|best wishes|cheers)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^(?:dear\b|to whom it may concern|hello\b|hi\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
