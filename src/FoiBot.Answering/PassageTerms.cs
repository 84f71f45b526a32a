using FoiBot.Search;

namespace FoiBot.Answering;

/// <summary>
/// The analysed words of a passage, answering whether it contains a term. A multi-word synonym ("face recognit")
/// counts only when its words stand together, at most two positions apart as the index's phrase search allows.
/// </summary>
internal sealed class PassageTerms
{
    private const int MaxGap = 2;
    private readonly Dictionary<string, List<int>> _positions = new(StringComparer.Ordinal);

    public PassageTerms(IReadOnlyList<AnalyzedToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (!_positions.TryGetValue(token.Term, out var list))
            {
                _positions[token.Term] = list = [];
            }

            list.Add(token.Position);
        }
    }

    public bool Contains(string term)
    {
        if (!term.Contains(' ', StringComparison.Ordinal))
        {
            return _positions.ContainsKey(term);
        }

        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!_positions.TryGetValue(words[0], out var starts))
        {
            return false;
        }

        return starts.Any(start => Follows(words, 1, start));
    }

    private bool Follows(string[] words, int index, int previous)
    {
        if (index == words.Length)
        {
            return true;
        }

        return _positions.TryGetValue(words[index], out var positions)
            && positions.Any(p => p > previous && p <= previous + 1 + MaxGap && Follows(words, index + 1, p));
    }
}
