using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>The letter's text that no pair took is kept as unpaired blocks; what a pair took, and furniture, are not repeated.</summary>
public sealed class LetterRemainderTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_SentencesOutsideEveryPair_AreKeptAsUnpairedBlocks()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 123
            Dear Ms Smith,
            Your request was received on 12 February 2014 and has been handled under the Act.
            Q1. How many empty homes are there in the district?
            A1. There are 312 empty homes.
            Yours sincerely
            Jane Doe

            Annex: the council also lets 40 homes through a leasing scheme run with a housing association.
            """, "x.txt");

        Assert.Single(letter.Pairs);
        Assert.Collection(
            letter.Unpaired,
            first => Assert.Contains("received on 12 February 2014", first.Answer, StringComparison.Ordinal),
            second => Assert.Equal("Annex: the council also lets 40 homes through a leasing scheme run with a housing association.", second.Answer));
        Assert.All(letter.Unpaired, block => Assert.DoesNotContain("312", block.Answer, StringComparison.Ordinal));
        Assert.All(letter.Unpaired, block => Assert.Equal("", block.Question));
    }

    [Fact]
    public void Parse_OnlySignOffAndAddressLeft_HasNoUnpairedText()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 124
            Q1. How many empty homes are there in the district?
            A1. There are 312 empty homes.
            Yours sincerely
            Jane Doe
            Information Officer
            Town Hall, High Street
            """, "x.txt");

        Assert.Single(letter.Pairs);
        Assert.Empty(letter.Unpaired);
    }

    [Theory]
    [InlineData("Q1 / How many empty homes are there in the district?", "A1 / There are 312 empty homes.")]
    [InlineData("Question 1: How many empty homes are there in the district?", "Response: There are 312 empty homes.")]
    public void Parse_LinesAPairTookWithTheirLabels_AreNotRepeated(string question, string answer)
    {
        var letter = _parser.Parse($"""
            Our ref: FOI 125
            {question}
            {answer}
            Yours sincerely
            """, "x.txt");

        Assert.Single(letter.Pairs);
        Assert.Empty(letter.Unpaired);
    }
}
