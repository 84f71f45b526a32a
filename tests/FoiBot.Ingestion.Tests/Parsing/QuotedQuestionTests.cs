using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>Numbered questions quoted from the request: a quote that runs over several lines, and a quote opened on the first number.</summary>
public sealed class QuotedQuestionTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_NumberedQuestionQuotedOverSeveralLines_KeepsItsLaterAsksAndSharesTheAnswer()
    {
        var letter = _parser.Parse("""
            Our Ref: F0014308
            Dear Mr Taylor,
            Your requests were as follows:
            1. “What is the national average time taken to respond to informal parking challenges?
            Also, what is the longest recorded response time?”
            2. “What is the total number of parking charge appeals over the last 12 months?
            At each stage of the appeal process, how many appeals were made?”
            I can confirm that the Department does not hold this information.
            Yours sincerely,
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Contains("Also, what is the longest recorded response time?", pair.Question, StringComparison.Ordinal);
        Assert.Contains("At each stage of the appeal process", pair.Question, StringComparison.Ordinal);
        Assert.Equal("I can confirm that the Department does not hold this information.", pair.Answer);
    }

    [Fact]
    public void Parse_QuoteOpenedOnTheFirstNumber_ReadsTheAnswersUnderEachQuestion()
    {
        var letter = _parser.Parse("""
            Dear Gloucester City Council,
            My request was as follows:
            "1) How many allotment sites are there in the council area?
            11
            2) What is the total number of plots on these sites? Approx 690.
            3) Are any of these waiting lists closed to further applications?
            No"
            """, "x.txt");

        Assert.Equal(["11", "Approx 690.", "No\""], letter.Pairs.Select(p => p.Answer));
        Assert.Equal("1", letter.Pairs[0].Number);
    }

    [Fact]
    public void Parse_QuotedListOfAnotherDocumentsPoints_IsNoQuestionList()
    {
        var letter = _parser.Parse("""
            Our ref: 5521
            The email suggested the following steps:
            “(1) identify any properties built with RAAC
            (2) monitor the impact of reduced maintenance.”
            1. Please disclose any action taken as a result of this email.
            We ran a desktop exercise on the school estate.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("Please disclose any action taken as a result of this email.", pair.Question);
    }

    [Fact]
    public void Parse_QuotedRequestClosingMidLine_AnswersAfterTheClosingMark()
    {
        var letter = _parser.Parse(
            "Reference number: FOI2018/00689\nThank you for your email. You requested the following information: ‘Could you provide some information on Bentley Heath Level Crossing please? "
            + "1. The risk assessment for Bentley Heath Level Crossing. 2. The expected failure rate of the crossing. "
            + "3. The expected repair time of the crossing.’ I can confirm that we hold some of the information you requested. Please find attached the risk assessment.",
            "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Contains("The risk assessment for Bentley Heath Level Crossing.", pair.Question, StringComparison.Ordinal);
        Assert.Contains("The expected repair time of the crossing.’", pair.Question, StringComparison.Ordinal);
        Assert.Contains("Please find attached the risk assessment.", pair.Answer, StringComparison.Ordinal);
    }
}
