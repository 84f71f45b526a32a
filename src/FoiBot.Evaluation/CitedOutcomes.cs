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

    /// <summary>
    /// Where in the cited letters a key is that the answer does not show: in a cited passage, in another passage of a
    /// cited letter, only in a cited letter's file (the parser dropped it), or in none of them; the first of these any
    /// citation meets.
    /// </summary>
    public string WhereIs(string key, IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var letters = citations.Select(c => (Citation: c, Letter: _letters.GetValueOrDefault(c.Source))).Where(x => x.Letter is not null).ToList();
        if (letters.Any(x => x.Letter!.Passages().Any(p => p.Question == x.Citation.Question && QuotedSpan.OccursIn(x.Citation.Quote, p.Answer) && KeyFigure.IsShown(key, p.Answer))))
        {
            return KeyMiss.InCitedPassage;
        }

        if (letters.Any(x => x.Letter!.Passages().Any(p => KeyFigure.IsShown(key, p.Question) || KeyFigure.IsShown(key, p.Answer))))
        {
            return KeyMiss.InCitedLetter;
        }

        return letters.Select(x => x.Citation.Source).Distinct(StringComparer.Ordinal).Any(source => File.Exists(source) && KeyFigure.IsShown(key, File.ReadAllText(source)))
            ? KeyMiss.DroppedByParser
            : KeyMiss.NotInCitedLetter;
    }

    /// <summary>The outcome of the cited letter's pair with the citation's question whose answer holds the quote; null when there is none.</summary>
    public Outcome? Of(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return _letters.TryGetValue(citation.Source, out var letter)
            && letter.Passages().FirstOrDefault(p => p.Question == citation.Question && QuotedSpan.OccursIn(citation.Quote, p.Answer)) is { } pair
            ? pair.Outcome
            : null;
    }
}
