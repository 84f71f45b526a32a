using FoiBot.Core;
using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>Text of a letter that no question took is searched and quoted like an answer.</summary>
public sealed class UnpairedTextTests
{
    private static readonly QaPair[] s_pairs = [Pair("How many empty homes are there in the district?", "There are 312 empty homes.")];

    [Fact]
    public void Answer_FactOnlyInUnpairedText_IsAnsweredAndQuotedFromIt()
    {
        using var letter = new OneLetterIndex(null, s_pairs, [Pair("", "Annex: the council also lets 40 homes through a leasing scheme run with a housing association.")]);

        var answer = letter.Engine.Answer("How many homes does Barnet let through its leasing scheme with a housing association?");

        Assert.False(answer.Abstained);
        Assert.Contains("40 homes", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_DateAskedIsInUnpairedText_QuotesTheSentenceGivingIt()
    {
        using var letter = new OneLetterIndex(null, s_pairs, [Pair("", "Dear Ms Smith,\nYour request about empty homes was received on 12 February 2014.")]);

        var answer = letter.Engine.Answer("When did Barnet receive the request about empty homes?");

        Assert.Contains(answer.Citations, c => c.Quote.Contains("12 February 2014", StringComparison.Ordinal));
    }
}
