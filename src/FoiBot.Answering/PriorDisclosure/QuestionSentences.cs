using System.Text.RegularExpressions;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>
/// The questions of a request written without a list: each line ending in "?", each sentence that asks ("Please
/// provide...", "Could you tell me...", "How many..."), and the follow-ups that depend on it ("If so, ...", a year
/// list) kept with it. Statements, preambles ending in a colon and closing words are not questions.
/// </summary>
internal static partial class QuestionSentences
{
    public static IEnumerable<string> Read(string text)
    {
        var questions = new List<string>();
        foreach (var line in Lines(text))
        {
            foreach (var sentence in SentenceEnd().Split(line))
            {
                var s = sentence.Trim();
                if (s.Length == 0 || RequestText.IsGreeting(s) || RequestText.IsClosing(s))
                {
                    continue;
                }

                if (questions.Count > 0 && FollowUp().IsMatch(s))
                {
                    questions[^1] += " " + s;
                }
                else if (Asks(s))
                {
                    questions.Add(s);
                }
            }
        }

        return questions;
    }

    // A line opening with a list marker, or with a small letter, carries on the line before it.
    private static IEnumerable<string> Lines(string text)
    {
        // Built in one buffer: a long paste of carried-on lines would otherwise be copied again at every line.
        var current = new System.Text.StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && current.Length > 0 && (char.IsLower(line[0]) || ItemMarkers.Find(line).Any(m => m.Start == 0)))
            {
                current.Append(' ').Append(line);
                continue;
            }

            if (current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }

            current.Append(line);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static bool Asks(string sentence) =>
        (sentence.TrimEnd('"', '\u201d', '\'', ' ').EndsWith('?') || Request().IsMatch(sentence))
        && !(sentence.EndsWith(':') && !sentence.Contains('?', StringComparison.Ordinal));

    // A sentence ends at ".", "?" or "!" before a capital, unless the list that follows belongs to it.
    [GeneratedRegex(@"(?<=[.?!][""\u201d']?)\s+(?=[A-Z""\u201c])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:please\s+(?:can\s+you\s+|could\s+you\s+)?(?:also\s+)?(?:provide|tell|confirm|send|supply|advise|list|give|state|disclose|share|release|explain)\b|(?:can|could|would|will)\s+you\b|i\s+(?:would|'d)\s+like\s+to\s+(?:know|request|see|receive|ask)\b|i\s+(?:request|am\s+requesting|wish\s+to\s+(?:know|request))\b|(?:how|what|which|when|where|who|whom|whose|why|whether|does|do|did|has|have|had|is|are|was|were)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    [GeneratedRegex(@"^(?:if\s+(?:so|yes|not|no)\b|if\s+the\s+answer\b|and\s+if\b|\(?[a-z]\)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();
}
