using FoiBot.Core;

namespace FoiBot.Evaluation;

/// <summary>
/// Matches letters to an evaluation's gold. A letter is gold when any of its references is listed, so a letter printed
/// with several references ("FOI-2850/2860-2223") counts whichever one the question's author used, or when the file
/// it came from is listed by name (case-insensitive), for letters that print no reference.
/// </summary>
public sealed class GoldLetters
{
    private readonly Dictionary<string, (HashSet<string> Refs, HashSet<string> Files)> _letters;
    private readonly HashSet<string> _skippedFiles;

    /// <param name="skipped">Paths of corpus files the parser skipped (an "#n" suffix names one letter of a file): naming one as gold is a miss, not an error.</param>
    public GoldLetters(IEnumerable<Disclosure> letters, IEnumerable<string>? skipped = null)
    {
        _skippedFiles = (skipped ?? []).Select(p => Path.GetFileName(p.LastIndexOf('#') is var hash and > 0 ? p[..hash] : p)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _letters = new Dictionary<string, (HashSet<string>, HashSet<string>)>(StringComparer.Ordinal);
        foreach (var letter in letters)
        {
            _letters[letter.Source] = (
                letter.References.Select(Normalise).ToHashSet(StringComparer.Ordinal),
                LetterFileNames.Of(letter.Source).ToHashSet(StringComparer.OrdinalIgnoreCase));
        }
    }

    /// <summary>Gold references that no letter carries: a typo in the evaluation file would silently lower recall.</summary>
    public IReadOnlyList<string> Unknown(IEnumerable<EvalQuestion> questions)
    {
        var known = _letters.Values.SelectMany(l => l.Refs).ToHashSet(StringComparer.Ordinal);
        return questions.SelectMany(q => q.GoldRefs).Where(r => !known.Contains(Normalise(r))).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Gold file names that are not in the corpus at all, for the same reason; a file the parser skipped counts as there.</summary>
    public IReadOnlyList<string> UnknownFiles(IEnumerable<EvalQuestion> questions)
    {
        var known = _letters.Values.SelectMany(l => l.Files).Concat(_skippedFiles).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return questions.SelectMany(q => q.GoldFiles).Where(f => !known.Contains(f)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public bool IsGold(string letter, EvalQuestion question) =>
        _letters.TryGetValue(letter, out var keys) && IsGold(keys, question);

    /// <summary>How many distinct letters answer the question (a reference or a file name could in principle name two letters).</summary>
    public int GoldCount(EvalQuestion question)
    {
        var letters = _letters.Values.Count(keys => IsGold(keys, question));
        return Math.Max(letters, question.Answerable ? 1 : 0);
    }

    private static bool IsGold((HashSet<string> Refs, HashSet<string> Files) keys, EvalQuestion question) =>
        question.GoldRefs.Any(r => keys.Refs.Contains(Normalise(r))) || question.GoldFiles.Any(keys.Files.Contains);

    private static string Normalise(string reference) => reference.Trim().ToUpperInvariant();
}
