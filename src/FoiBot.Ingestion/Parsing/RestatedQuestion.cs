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
        var asked = TextNormalizer.Collapse(string.Join("\n", drafts.Select(d => d.Question))).ToLowerInvariant();
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
        if (line.Length < MinLength)
        {
            return line;
        }

        if (asked.Contains(Normalise(line), StringComparison.Ordinal))
        {
            return "";
        }

        var sentences = Sentences.Split(line);
        if (sentences.Count < 2)
        {
            return line;
        }

        var kept = sentences.Where(s => s.Length < MinLength || !asked.Contains(Normalise(s), StringComparison.Ordinal)).ToList();
        return kept.Count == sentences.Count ? line : string.Join(" ", kept);
    }

    // Answer lines are cleaned lines already, their spaces collapsed.
    private static string Normalise(string text) => text.ToLowerInvariant();
}
