using System.Text.RegularExpressions;

namespace FoiBot.Answering;

/// <summary>
/// Numbered sub-parts: when a letter's question is a numbered list ("4- The number of care leavers NEET") and its
/// answer numbers its lines the same way ("4- 51"), the line that answers the user is the one numbered like the
/// sub-part most on the user's topic.
/// </summary>
internal static partial class SubParts
{
    /// <summary>The index of the answer line answering the sub-part asked about, or null when the layout is not this.</summary>
    public static int? Answering(string question, IReadOnlyList<string> answerLines, IReadOnlyList<TopicConcept> concepts, EvidenceScorer scorer, QuoteAsk ask)
    {
        var parts = question.Split('\n').Select(l => Numbered().Match(l)).Where(m => m.Success).ToList();
        if (parts.Count < 2 || concepts.Count == 0)
        {
            return null;
        }

        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < answerLines.Count; i++)
        {
            if (Numbered().Match(answerLines[i]) is { Success: true } m)
            {
                lines.TryAdd(m.Groups["n"].Value, i);
            }
        }

        var scored = parts
            .Where(p => lines.ContainsKey(p.Groups["n"].Value))
            .Select(p => (Line: lines[p.Groups["n"].Value], Coverage: scorer.Coverage(concepts, p.Groups["text"].Value)))
            .Select(p => (p.Line, Score: p.Coverage + (ask.Form == QuestionForm.YesNo && YesNoCues.Of(answerLines[p.Line]) is not null ? 0.01 : 0)))
            .ToList();
        if (scored.Count < 2)
        {
            return null;
        }

        var best = scored.MaxBy(p => p.Score);
        return best.Score > 0 ? best.Line : null;
    }

    [GeneratedRegex(@"^\W*(?:Q\.?\s*)?(?<n>\d{1,2}[a-z]?)\s*[-.):]\s*(?<text>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();
}
