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
    [InlineData("DWP Response")]
    [InlineData("In response to your questions:")]
    [InlineData("The council's answers are:")]
    [InlineData("The Scottish Fire and Rescue Service (SFRS) response –")]
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

    [Fact]
    public void Parse_ResponseLabelWithTheAnswerOnItsLine_OpensTheAnswer()
    {
        var letter = _parser.Parse("""
            FREEDOM OF INFORMATION REQUEST REFERENCE NO: 889-2024
            I write in connection with your request for information which was received on 9th October 2024 as follows:
            Please can I have the numbers of police officers on duty in Shipston on the night of 24th September 2024.
            Response: Information on officers on duty is recorded by policing area, and has been deemed unsuitable for disclosure.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Contains("Please can I have the numbers of police officers on duty", pair.Question, StringComparison.Ordinal);
        Assert.StartsWith("Information on officers on duty", pair.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RequestOpenerEndingWithADash_OpensTheRequest()
    {
        var letter = _parser.Parse("""
            Our Ref: FOI-19238-2023
            Dear Mr Black
            You requested –
            1 - How many fires have you attended due to the impacts of climate change?
            2 - Of these fires how many people died?
            The Scottish Fire and Rescue Service (SFRS) response –
            There is no specific category to record incidents due to the impact of climate change.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("1-2", pair.Number);
        Assert.Equal("There is no specific category to record incidents due to the impact of climate change.", pair.Answer);
    }

    [Fact]
    public void Parse_RequestDetailsAndResponseDetailsHeadings_StayOutOfThePair()
    {
        var letter = _parser.Parse("""
            Reference: FOI-7781
            Request details
            Please provide the number of school exclusions for 2022/23 broken down by school.
            Response details
            The information is attached as a spreadsheet.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("Please provide the number of school exclusions for 2022/23 broken down by school.", pair.Question);
        Assert.Equal("The information is attached as a spreadsheet.", pair.Answer);
    }
}
