using FoiBot.Ingestion.Parsing;

namespace FoiBot.Synthetic.Tests;

/// <summary>How often the real parser reads each truth field back from generated letters, with the misses.</summary>
internal sealed record ParseBackRates(double Authority, double Reference, double Date, double Outcome, IReadOnlyList<ParseBackMiss> Misses)
{
    public static ParseBackRates Measure(int seed, int letters)
    {
        var parser = new LetterParser();
        var misses = new List<ParseBackMiss>();
        int authority = 0, reference = 0, date = 0, outcome = 0;
        for (var number = 0; number < letters; number++)
        {
            var letter = SyntheticCorpus.Generate(seed, number);
            var parsed = parser.Parse(letter.Text, letter.RelativePath);
            authority += Count(letter, "authority", letter.Authority, parsed.Authority, misses);
            reference += Count(letter, "reference", letter.Reference, parsed.Reference, misses);
            date += Count(letter, "date", letter.ResponseDate?.ToString("yyyy-MM-dd"), parsed.ResponseDate?.ToString("yyyy-MM-dd"), misses);
            outcome += Count(letter, "outcome", letter.Outcome.ToString(), parsed.Outcome.ToString(), misses);
        }

        return new ParseBackRates(Rate(authority), Rate(reference), Rate(date), Rate(outcome), misses);

        double Rate(int matched) => (double)matched / letters;
    }

    private static int Count(SyntheticLetter letter, string field, string? expected, string? parsed, List<ParseBackMiss> misses)
    {
        if (string.Equals(expected, parsed, StringComparison.Ordinal))
        {
            return 1;
        }

        misses.Add(new ParseBackMiss(field, letter.Number, letter.Layout, expected ?? "(none)", parsed ?? "(none)"));
        return 0;
    }
}
