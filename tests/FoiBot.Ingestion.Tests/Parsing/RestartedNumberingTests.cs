using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>Questions numbered 1, 2, 3 and answers numbered 1, 2, 3 again below them, with no response heading.</summary>
public sealed class RestartedNumberingTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_AnswersNumberedAgainFromOne_AnswerTheQuestionsByNumber()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 7301
            1. Does the council use body worn cameras?
            i. If so, is this a trial?
            2. How many cameras has the council bought?
            3. Where is the footage held?

            1. Yes, since 2019.
            2. 17 cameras.
            3. On a secure server for 30 days.
            """, "x.txt");

        Assert.Equal(["Yes, since 2019.", "17 cameras.", "On a secure server for 30 days."], letter.Pairs.Select(p => p.Answer));
        Assert.Equal("How many cameras has the council bought?", letter.Pairs[1].Question);
    }

    [Fact]
    public void Parse_SecondNumberedRequestWithItsOwnAnswers_StaysAQuestionList()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 7302
            1. How many gritters does the council own? 12
            2. How many salt bins are there? 212

            1. How many staff drive gritters? 30
            2. How much salt was bought in 2023? 4,000 tonnes
            """, "x.txt");

        Assert.Equal(["12", "212", "30", "4,000 tonnes"], letter.Pairs.Select(p => p.Answer));
    }

    [Fact]
    public void Parse_QuestionsWithLetteredPartsAnsweredAgainFromOne_AnswerTheQuestionsByNumber()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 7303
            1) Gritting
            a) The number of days on which roads were gritted.
            b) The number of gritting runs.
            2) Staff hours spent on gritting.

            1) 60 days and 71 runs.
            2) This is not measured.
            """, "x.txt");

        Assert.Equal(["60 days and 71 runs.", "This is not measured."], letter.Pairs.Select(p => p.Answer));
        Assert.Contains("b) The number of gritting runs.", letter.Pairs[0].Question, StringComparison.Ordinal);
    }
}
