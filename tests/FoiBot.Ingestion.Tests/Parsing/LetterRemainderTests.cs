using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>The letter's text that no pair took is kept as one unpaired passage of its blocks; what a pair took, and furniture, are not repeated.</summary>
public sealed class LetterRemainderTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_SentencesOutsideEveryPair_AreKeptAsOneUnpairedPassage()
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
        var unpaired = Assert.Single(letter.Unpaired);
        Assert.Contains("received on 12 February 2014", unpaired.Answer, StringComparison.Ordinal);
        Assert.EndsWith("\nAnnex: the council also lets 40 homes through a leasing scheme run with a housing association.", unpaired.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("312", unpaired.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Yours sincerely", unpaired.Answer, StringComparison.Ordinal);
        Assert.Equal("", unpaired.Question);
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
