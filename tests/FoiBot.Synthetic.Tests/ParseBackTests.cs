using Xunit.Abstractions;

namespace FoiBot.Synthetic.Tests;

/// <summary>
/// The real parser reads generated letters back: if it cannot, either the template is unlike a real letter or the
/// parser misses a shape real letters have. The bars sit just under the rates measured when they were set.
/// </summary>
public sealed class ParseBackTests(ITestOutputHelper output)
{
    private const int Letters = 500;

    private static readonly Lazy<ParseBackRates> s_rates = new(() => ParseBackRates.Measure(seed: 7, Letters));

    [Fact]
    public void Parse_GeneratedLetters_AuthorityMatchesTruth() => AssertRate(s_rates.Value.Authority, 0.98, "authority");

    [Fact]
    public void Parse_GeneratedLetters_ReferenceMatchesTruth() => AssertRate(s_rates.Value.Reference, 0.98, "reference");

    [Fact]
    public void Parse_GeneratedLetters_DateMatchesTruth() => AssertRate(s_rates.Value.Date, 0.98, "date");

    [Fact]
    public void Parse_GeneratedLetters_OutcomeMatchesTruth() => AssertRate(s_rates.Value.Outcome, 0.93, "outcome");

    private void AssertRate(double rate, double bar, string field)
    {
        output.WriteLine($"{field}: {rate:P1} of {Letters} letters");
        foreach (var miss in s_rates.Value.Misses.Where(m => m.Field == field).Take(8))
        {
            output.WriteLine($"  {miss.Number} ({miss.Layout}): expected {miss.Expected}, parsed {miss.Parsed}");
        }

        Assert.True(rate >= bar, $"{field} matched in {rate:P1} of letters, below {bar:P0}");
    }
}
