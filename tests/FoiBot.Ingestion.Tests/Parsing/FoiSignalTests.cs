using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>What shows a text is an FOI response although it has no reference: the law named in capitals, a disclosure log's request date.</summary>
public sealed class FoiSignalTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_LawNamedInCapitals_ReadsTheProseAsAnAnswer()
    {
        var letter = _parser.Parse("""
            FREEDOM OF INFORMATION (SCOTLAND) ACT 2002
            Responses made in March 2012
            Mental health beds: the board has 489 beds in 2010/11.
            """, "x.txt");

        Assert.Contains("489 beds", Assert.Single(letter.Pairs).Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DisclosureLogRequestDate_ReadsTheEntry()
    {
        var letter = _parser.Parse("""
            School transport
            Request Date
            Tuesday, June 12, 2018
            What did school taxis cost in 2017?
            The cost was £41,000.
            """, "x.txt");

        Assert.Equal("The cost was £41,000.", Assert.Single(letter.Pairs).Answer);
        Assert.Equal(new DateOnly(2018, 6, 12), letter.ReceivedDate);
    }
}
