using FoiBot.Search;
using FoiBot.Web.Contracts;

namespace FoiBot.Web;

/// <summary>Finds where a query's words (stemmed, with synonyms) occur in a text, as offsets the page highlights.</summary>
internal sealed class Highlighter
{
    private readonly LetterIndex _index;
    private readonly HashSet<string> _terms;

    public Highlighter(LetterIndex index, string query)
    {
        _index = index;
        _terms = index.AnalyzeQuery(query).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<TextMark> Marks(string text)
    {
        if (_terms.Count == 0 || text.Length == 0)
        {
            return [];
        }

        var marks = new List<TextMark>();
        foreach (var token in _index.Analyze(text).Where(t => _terms.Contains(t.Term)).OrderBy(t => t.StartOffset))
        {
            var start = Math.Clamp(token.StartOffset, 0, text.Length);
            var end = Math.Clamp(token.EndOffset, start, text.Length);
            if (marks.Count > 0 && start <= marks[^1].End)
            {
                marks[^1] = marks[^1] with { End = Math.Max(end, marks[^1].End) };
            }
            else if (end > start)
            {
                marks.Add(new TextMark(start, end));
            }
        }

        return marks;
    }
}
