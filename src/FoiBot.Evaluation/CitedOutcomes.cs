using FoiBot.Core;
using FoiBot.Core.Text;

namespace FoiBot.Evaluation;

/// <summary>
/// The parser's outcome for the passage a citation quotes, found in the letters the evaluation indexed: the answer
/// itself carries only a <see cref="Verdict"/>, which cannot say "neither confirm nor deny".
/// </summary>
public sealed class CitedOutcomes
{
    private readonly Dictionary<string, Disclosure> _letters;

    public CitedOutcomes(IEnumerable<Disclosure> letters)
    {
        _letters = new Dictionary<string, Disclosure>(StringComparer.Ordinal);
        foreach (var letter in letters)
        {
            _letters[letter.Source] = letter;
        }
    }

    /// <summary>The outcome of the cited letter's pair with the citation's question whose answer holds the quote; null when there is none.</summary>
    public Outcome? Of(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return _letters.TryGetValue(citation.Source, out var letter)
            && letter.Pairs.FirstOrDefault(p => p.Question == citation.Question && QuotedSpan.OccursIn(citation.Quote, p.Answer)) is { } pair
            ? pair.Outcome
            : null;
    }
}
