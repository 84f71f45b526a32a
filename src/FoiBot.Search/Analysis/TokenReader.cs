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
        var words = tokens.Where(t => !t.IsSynonym).ToList();
        var spread = new List<AnalyzedToken>(tokens.Count);
        foreach (var token in tokens)
        {
            var replaced = token.IsSynonym
                ? words.Where(w => w.StartOffset >= token.StartOffset && w.EndOffset <= token.EndOffset).Select(w => w.Position).ToList()
                : [];
            foreach (var placed in replaced.Count > 0 ? replaced.Select(p => token with { Position = p }) : [token])
            {
                if (!spread.Exists(t => t.Term == placed.Term && t.Position == placed.Position))
                {
                    spread.Add(placed);
                }
            }
        }

        return [.. spread.OrderBy(t => t.Position).ThenBy(t => t.IsSynonym)];
    }
}
