using FoiBot.Core;

namespace FoiBot.Evaluation;

/// <summary>
/// Matches letters to an evaluation's gold references. A letter is gold when any of its references is listed, so a
/// letter printed with several references ("FOI-2850/2860-2223") counts whichever one the question's author used.
/// </summary>
public sealed class GoldLetters
{
    private readonly Dictionary<string, HashSet<string>> _refsByLetter;

    public GoldLetters(IEnumerable<Disclosure> letters)
    {
        _refsByLetter = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var letter in letters)
        {
            _refsByLetter[letter.Source] = letter.References.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>Gold references that no letter carries: a typo in the evaluation file would silently lower recall.</summary>
    public IReadOnlyList<string> Unknown(IEnumerable<EvalQuestion> questions)
    {
        var known = _refsByLetter.Values.SelectMany(r => r).ToHashSet(StringComparer.Ordinal);
        return questions.SelectMany(q => q.GoldRefs).Where(r => !known.Contains(Normalise(r))).Distinct(StringComparer.Ordinal).ToList();
    }

    public bool IsGold(string letter, EvalQuestion question) =>
        _refsByLetter.TryGetValue(letter, out var refs) && question.GoldRefs.Any(r => refs.Contains(Normalise(r)));

    /// <summary>How many distinct letters answer the question (a reference could in principle name two letters).</summary>
    public int GoldCount(EvalQuestion question)
    {
        var letters = _refsByLetter.Count(kv => question.GoldRefs.Any(r => kv.Value.Contains(Normalise(r))));
        return Math.Max(letters, question.GoldRefs.Count == 0 ? 0 : 1);
    }

    private static string Normalise(string reference) => reference.Trim().ToUpperInvariant();
}
