using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;

namespace FoiBot.Search.Analysis;

/// <summary>Runs text through an analyzer and keeps each token with its position and offsets.</summary>
internal static class TokenReader
{
    /// <summary>The field name only selects the analyzer's per-field chain; all text fields share one.</summary>
    private const string AnyTextField = "text";

    public static IReadOnlyList<AnalyzedToken> Read(Analyzer analyzer, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(AnyTextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset,
                string.Equals(type.Type, SynonymFilter.TYPE_SYNONYM, StringComparison.Ordinal)));
        }

        stream.End();
        return tokens.Exists(t => t.IsSynonym) ? SpreadSynonyms(tokens) : tokens;
    }

    /// <summary>Puts a copy of each synonym on every word it replaces, so each word's position lists all its alternatives.</summary>
    /// <remarks>
    /// SynonymFilter stacks an expansion on the first word it replaces only, and its offsets span all of them:
    /// "lfr" replaces both words of "face recognition", and a passage saying "LFR" covers both.
    /// </remarks>
    private static List<AnalyzedToken> SpreadSynonyms(List<AnalyzedToken> tokens)
    {
        // Words come in text order, so the words a synonym spans are found by a binary search, and a set keeps the
        // copies unique: the cost grows with the text, not with its square (a request of one word repeated).
        var words = tokens.Where(t => !t.IsSynonym).ToList();
        var starts = words.Select(w => w.StartOffset).ToArray();
        var ordered = IsOrdered(starts);
        var seen = new HashSet<(string Term, int Position)>();
        var spread = new List<AnalyzedToken>(tokens.Count);
        foreach (var token in tokens)
        {
            var placed = false;
            if (token.IsSynonym)
            {
                var first = ordered ? Array.BinarySearch(starts, token.StartOffset) : 0;
                for (var i = first < 0 ? ~first : First(starts, first); i < words.Count && (!ordered || words[i].StartOffset < token.EndOffset); i++)
                {
                    if (words[i].StartOffset >= token.StartOffset && words[i].EndOffset <= token.EndOffset)
                    {
                        Add(token with { Position = words[i].Position });
                        placed = true;
                    }
                }
            }

            if (!placed)
            {
                Add(token);
            }
        }

        return [.. spread.OrderBy(t => t.Position).ThenBy(t => t.IsSynonym)];

        void Add(AnalyzedToken token)
        {
            if (seen.Add((token.Term, token.Position)))
            {
                spread.Add(token);
            }
        }
    }

    private static bool IsOrdered(int[] starts)
    {
        for (var i = 1; i < starts.Length; i++)
        {
            if (starts[i] < starts[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first of several words starting at the same offset as the one a binary search found.</summary>
    private static int First(int[] starts, int found)
    {
        while (found > 0 && starts[found - 1] == starts[found])
        {
            found--;
        }

        return found;
    }
}
