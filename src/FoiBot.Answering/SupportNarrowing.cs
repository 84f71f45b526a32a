using System.Text.RegularExpressions;
using FoiBot.Core;

namespace FoiBot.Answering;

/// <summary>
/// Narrows the letters that could support an answer using what the question asks beyond its topic: the years it
/// asks about, whether it asks about a refusal, and how much better one letter fits than the rest. Each rule only
/// narrows when some candidate satisfies it, so it can sharpen an answer but never empty one.
/// </summary>
internal static partial class SupportNarrowing
{
    /// <summary>Share of the best letter's coverage a weaker match must reach to be cited beside it.</summary>
    private const double NearBest = 0.9;

    public static List<ScoredPassage> Apply(List<ScoredPassage> candidates, ParsedQuestion question)
    {
        var narrowed = KeepIfAny(candidates, s => question.Years.Any(year => Mentions(s, year)));
        return question.AsksAboutRefusal
            ? KeepIfAny(narrowed, s => s.Hit.Pair.Outcome is Outcome.Refused or Outcome.NeitherConfirmNorDeny or Outcome.Partial)
            : narrowed;
    }

    /// <summary>Among partial matches, those close to the best: a letter on the topic's edge is related reading, not support.</summary>
    public static IEnumerable<ScoredPassage> NearTheBest(IReadOnlyList<ScoredPassage> ranked) =>
        ranked.Count == 0 ? ranked : ranked.Where(s => s.Coverage >= ranked.Max(r => r.Coverage) * NearBest);

    /// <summary>The four-digit years a question names ("in 2019", "2013/14", "2023-24"), for matching letters' data.</summary>
    public static IReadOnlyList<string> YearsIn(string text) =>
        Year().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>"Why won't they say", "what was withheld", "why did they hold back": questions about what a letter refused to give.</summary>
    public static bool AsksAboutRefusal(string text) => Refusal().IsMatch(text);

    private static bool Mentions(ScoredPassage passage, string year) =>
        passage.Hit.Pair.Answer.Contains(year, StringComparison.Ordinal)
        || passage.Hit.Pair.Question.Contains(year, StringComparison.Ordinal)
        || (passage.Hit.Letter.Subject?.Contains(year, StringComparison.Ordinal) ?? false);

    private static List<ScoredPassage> KeepIfAny(List<ScoredPassage> candidates, Func<ScoredPassage, bool> rule) =>
        candidates.Any(rule) ? candidates.Where(rule).ToList() : candidates;

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:refus\w*|withh[eo]ld\w*|exempt\w*|redact\w*|declin\w*|won['’]?t|wouldn['’]?t|couldn['’]?t|didn['’]?t\s+(?:say|tell|give|release|disclose|provide)|why\s+not|not\s+(?:say|release|disclose|tell|give|provide|hand)|h[eo]ld(?:ing)?\s+back|kept\s+back|left\s+out|turn(?:ed)?\s+down\s+(?:the|a|my|their|his|her|this)\s+request)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Refusal();
}
