using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>The forms a heading over the authority's answers takes: "In response:", an opener ending ": -", two headings stacked.</summary>
public sealed class ResponseHeadingTests
{
    private readonly LetterParser _parser = new();

    [Theory]
    [InlineData("In Response:")]
    [InlineData("In response")]
    [InlineData("Using your numbering I can reply as follows: -")]
    [InlineData("We reply as follows:-")]
    [InlineData("Our response\nResponse")]
    [InlineData("Our response:\n\nResponse")]
    public void Parse_HeadingForm_OpensTheAnswers(string heading)
    {
        var letter = _parser.Parse($"""
            Our ref: FOI 5521
            You asked:
            1. Does the council own a gritter?
            2. How many salt bins are there?
            {heading}
            1. Yes
            2. 212
            """, "x.txt");

        Assert.Equal(["Yes", "212"], letter.Pairs.Select(p => p.Answer));
        Assert.Equal("Does the council own a gritter?", letter.Pairs[0].Question);
    }

    [Fact]
    public void Parse_RequestOpenerEndingColonDash_OpensTheRequest()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 5522
            Dear Sir,
            You have asked the council for the following information:-
            1. How many salt bins are there?
            Response
            1. 212
            """, "x.txt");

        Assert.Equal("How many salt bins are there?", Assert.Single(letter.Pairs).Question);
    }
}
