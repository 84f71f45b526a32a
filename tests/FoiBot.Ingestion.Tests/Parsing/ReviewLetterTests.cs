using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>An internal review letter: it answers the review, not a question, and lists its own reasons by number.</summary>
public sealed class ReviewLetterTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_ReviewSoughtInTheAcknowledgement_IsNoQuestion()
    {
        var letter = _parser.Parse("""
            Our Ref: 177001
            Dear Mr Hale
            I refer to your e-mail of 13 July 2020, in which you requested a review of the information provided in response to your request of 6 June 2020.
            I have concluded that the blank pages in the reports were not due to withheld information.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("", pair.Question);
        Assert.Contains("not due to withheld information", pair.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NumberedReasonsWithNoAnswers_AreReadAsTheAnswer()
    {
        var letter = _parser.Parse("""
            Our Ref: JCW/036001
            Freedom of Information Act 2000 - Review
            I write further to your email of 10 May 2016 in which you requested a review of the Council's decision of 11 May 2016.
            I have reviewed both responses and the decisions are partially upheld for the following reasons:
            1. Your original request was refused in full, citing the costs exemption in section 12.
            2. The letter did explain how the cost limit would be reached.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("", pair.Question);
        Assert.Contains("citing the costs exemption in section 12", pair.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NumberedRequestItemsWithNoAnswers_StayUnansweredQuestions()
    {
        var letter = _parser.Parse("""
            Our Ref: FOI 036002
            Thank you for your request, which reads:
            1. Total number of parking fines issued in 2015.
            2. Details of the enforcement policy.
            """, "x.txt");

        Assert.Equal(["1", "2"], letter.Pairs.Select(p => p.Number));
    }
}
