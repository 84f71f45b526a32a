using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// Disclosure logs that report the request in the third person ("We were asked to provide ...", "The request was for
/// ..."), with the answer below it and no heading: the reported sentence is the question, the page's introduction above
/// it is no part of the answer.
/// </summary>
public sealed class ReportedRequestTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_WeWereAskedUnderAPageIntroduction_ReadsTheSentenceAsTheQuestionAndWhatFollowsAsTheAnswer()
    {
        var letter = _parser.Parse("""
            Leisure centre FOIs

            We publish the freedom of information requests we receive about the leisure centre on this page.

            Received 13 July 2019 and responded to 1 August 2019

            We were asked to provide figures for the annual number of paying customers at the leisure centre.

            The following figures are for 1 April 2018 to 31 March 2019.

            Total unique users 1,383
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("We were asked to provide figures for the annual number of paying customers at the leisure centre.", pair.Question);
        Assert.Contains("Total unique users 1,383", pair.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("We publish", pair.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("We were asked", pair.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TheRequestWasFor_IsTheQuestionOfTheSummaryBelowIt()
    {
        var letter = _parser.Parse(
            "The request was for agency spend per trust for quarter 2 and an explanation of what it includes.\nThe trust held some of the information. Some was withheld under section 43 of the FOI Act.",
            "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.StartsWith("The request was for agency spend per trust", pair.Question, StringComparison.Ordinal);
        Assert.Equal("The trust held some of the information. Some was withheld under section 43 of the FOI Act.", pair.Answer);
    }
}
