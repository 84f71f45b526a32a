using System.Text.RegularExpressions;

namespace FoiBot.Answering.SemanticKernel.Grounding;

/// <summary>
/// Whether a model's quote is the letter's words: long enough to mean something, found whole (at word boundaries,
/// each part of an elided quote in turn), and not cut away from a "not", "no", "never" or "n't" that governed it.
/// </summary>
internal static partial class QuoteCheck
{
    private const int MinWords = 2;
    private const int NegationReach = 3;
    private static readonly char[] s_trim = [' ', '.', ',', ';', ':', '!', '?', '\'', '"'];

    /// <summary>Why the quote fails against <paramref name="haystack"/> (text through <see cref="QuotedText.Normalise"/>); null when it is the letter's.</summary>
    public static string? Problem(string quote, string haystack)
    {
        var parts = quote.Split(["...", "…"], StringSplitOptions.None)
            .Select(p => QuotedText.Normalise(p).Trim(s_trim))
            .Where(p => p.Length > 0)
            .ToList();
        if (parts.Sum(p => Words(p)) < MinWords)
        {
            return "is too short to stand for the letter";
        }

        var from = 0;
        var negationKept = false;
        foreach (var (part, i) in parts.Select((p, i) => (p, i)))
        {
            var found = Occurrences(part, haystack, from).ToList();
            if (found.Count == 0)
            {
                return "is not in the letter it cites";
            }

            // The quote keeps the letter's sense when at least one place it comes from is not negated just before it.
            negationKept |= i > 0 || found.Any(at => !DropsNegation(part, haystack, at));
            from = found[0] + part.Length;
        }

        return negationKept ? null : "leaves out the negation the letter puts before it";
    }

    private static IEnumerable<int> Occurrences(string part, string haystack, int from)
    {
        for (var at = haystack.IndexOf(part, from, StringComparison.OrdinalIgnoreCase); at >= 0; at = haystack.IndexOf(part, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetterOrDigit(haystack[at - 1]);
            var after = at + part.Length == haystack.Length || !char.IsLetterOrDigit(haystack[at + part.Length]);
            if (before && after)
            {
                yield return at;
            }
        }
    }

    private static bool DropsNegation(string part, string haystack, int at)
    {
        if (at == 0 || Negator().IsMatch(part))
        {
            return false;
        }

        var start = haystack.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(at - 1, 0)) + 1;
        var lead = haystack[start..at];
        var words = Word().Matches(lead).TakeLast(NegationReach).Select(m => m.Value);
        return words.Any(w => Negator().IsMatch(w));
    }

    private static int Words(string text) => Word().Count(text);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:not|no|never|none|nor|neither|cannot|without)\b|n['’]t\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negator();
}
