using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>Letters that head each question and each answer in turn: "Request" / "Reply", "1. Request" / "2. Response", "You asked:" / "Our response:".</summary>
public sealed class HeadedExchangeTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_RequestAndReplyHeadingsInTurn_PairEachRequestWithTheReplyUnderIt()
    {
        var letter = _parser.Parse("""
            Ref: FOI/19048
            Request
            The total number of current vacancies for retained personnel.
            Reply
            None – we do not employ retained firefighters
            Request
            Which position has been advertised for the longest period of time?
            Reply
            N/A
            """, "x.txt");

        Assert.Equal(["The total number of current vacancies for retained personnel.", "Which position has been advertised for the longest period of time?"], letter.Pairs.Select(p => p.Question));
        Assert.Equal(["None – we do not employ retained firefighters", "N/A"], letter.Pairs.Select(p => p.Answer));
    }

    [Fact]
    public void Parse_NumberedRequestAndResponseHeadings_PairTheBlocksNotTheHeadingNumbers()
    {
        var letter = _parser.Parse("""
            This is a freedom of information request ia0013013.
            1. Request
            The number of driving tests performed in 2012.
            2. Response
            We publish the number of tests on our website.
            3. Request
            The reasons for serious faults in 2012.
            4. Response
            Please find at Annex B a table of faults.
            """, "x.txt");

        Assert.Equal(["The number of driving tests performed in 2012.", "The reasons for serious faults in 2012."], letter.Pairs.Select(p => p.Question));
        Assert.Equal("Please find at Annex B a table of faults.", letter.Pairs[1].Answer);
    }

    [Fact]
    public void Parse_YouAskedAndOurResponseInTurn_KeepTheQuestionNumbers()
    {
        var letter = _parser.Parse("""
            Freedom of Information Request – Ref: FOI 092-2025
            You asked:
            1. How much was spent on interpreters in each of the last five years?
            Our response:
            Year 2023/2024 2024/2025
            Total £241,690 £261,822
            You asked:
            2. Please list the top five languages by cost in 2024/25.
            Our response:
            Polish £12,842
            """, "x.txt");

        Assert.Equal(["1", "2"], letter.Pairs.Select(p => p.Number));
        Assert.Equal("Polish £12,842", letter.Pairs[1].Answer);
        Assert.StartsWith("Year 2023/2024", letter.Pairs[0].Answer, StringComparison.Ordinal);
    }
}
