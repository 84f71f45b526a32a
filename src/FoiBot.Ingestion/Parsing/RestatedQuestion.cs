using FoiBot.Core.Text;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// An answer that repeats a question of the letter word for word: a log that prints each question again inside its
/// answer, or a page that prints the request again under the last answer. The repeat is the question, not the answer.
/// </summary>
internal static class RestatedQuestion
{
    /// <summary>Shorter repeats ("Yes", "Not held") are answers that happen to match.</summary>
    private const int MinLength = 25;

    public static void Remove(List<DraftPair> drafts)
    {
        // A repeat is a copy, in the same case; lines are cleaned already, so only the breaks between lines differ.
        var asked = string.Join(' ', drafts.Select(d => d.Question)).Replace('\n', ' ');
        if (asked.Length < MinLength)
        {
            return;
        }

        foreach (var draft in drafts)
        {
            for (var i = 0; i < draft.Answer.Count; i++)
            {
                draft.Answer[i] = Without(draft.Answer[i], asked);
            }
        }
    }

    private static string Without(string line, string asked)
    {
        // A repeat opens its line, as a log prints the question and then the answer; most lines open with no
        // question's words and need no more looking at.
        if (line.Length < MinLength || !asked.AsSpan().Contains(line.AsSpan(0, MinLength), StringComparison.Ordinal))
        {
            return line;
        }

        if (asked.Contains(line, StringComparison.Ordinal))
        {
            return "";
        }

        if (AfterEchoedQuestion(line, asked) is { } answer)
        {
            return answer;
        }

        var sentences = Sentences.Split(line);
        if (sentences.Count < 2)
        {
            return line;
        }

        var kept = sentences.Where(s => s.Length < MinLength || !asked.Contains(s, StringComparison.Ordinal)).ToList();
        return kept.Count == sentences.Count ? line : string.Join(" ", kept);
    }

    /// <summary>
    /// "1. Are patients prioritised in any way -Patients are seen in date order": a reply that repeats each question and
    /// answers after a dash or colon on the same line; the answer is what follows the longest repeated opening.
    /// </summary>
    private static string? AfterEchoedQuestion(string line, string asked)
    {
        for (var at = line.Length - 1; at >= MinLength; at--)
        {
            if (line[at] is not ('-' or '–' or ':') || (line[at - 1] != ' ' && line[at - 1] != '?'))
            {
                continue;
            }

            var answer = line[(at + 1)..].Trim();
            if (answer.Length > 0 && asked.Contains(line[..at].TrimEnd(), StringComparison.Ordinal))
            {
                return answer;
            }
        }

        return null;
    }
}
