using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>Unnumbered questions one to a line, each answered below it or all answered at once below them.</summary>
public sealed class QuestionLineLayoutTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_UnnumberedQuestionsEachAnsweredBelow_PairsEachQuestionWithItsAnswer()
    {
        var letter = _parser.Parse("""
            Our ref: FOI/2019/044
            You asked for the following information:
            Does the council use body cameras?
            Yes – two wardens wear them.
            Are they staff or contractors (for example security firms)
            Staff.
            Where is the footage stored – locally or in the cloud?
            On council servers.
            """, "x.txt");

        Assert.Equal(["Yes – two wardens wear them.", "Staff.", "On council servers."], letter.Pairs.Select(p => p.Answer));
        Assert.Equal("Are they staff or contractors (for example security firms)", letter.Pairs[1].Question);
    }

    [Fact]
    public void Parse_QuestionsListedThenOneAnswer_GiveOnePairHoldingEveryQuestion()
    {
        var letter = _parser.Parse("""
            Taxis to schools outside the area
            Reference FOI/18/220
            12 June 2018

            What did taxis to schools outside the area cost in 2017?

            How many children travelled by taxi?

            The answer to your request is nil. No child travels outside the area.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("What did taxis to schools outside the area cost in 2017?\nHow many children travelled by taxi?", pair.Question);
        Assert.Equal("The answer to your request is nil. No child travels outside the area.", pair.Answer);
        Assert.Null(pair.Number);
    }

    [Fact]
    public void Parse_AskEndingWithAColonOverItems_KeepsTheItemsInTheQuestion()
    {
        var letter = _parser.Parse("""
            Reference FOI/25/101
            For the last quarter, can you please provide:
            Total agency spend on nursing staff
            A list of agencies with a day rate of over £40
            0 agency shifts were booked in the quarter.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Contains("A list of agencies with a day rate of over £40", pair.Question, StringComparison.Ordinal);
        Assert.Equal("0 agency shifts were booked in the quarter.", pair.Answer);
    }

    [Fact]
    public void Parse_ProseAnswerWithAQuestionMarkFurtherDown_StaysOneProseAnswer()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 3321
            Dear Ms Lee,
            Thank you for your request, in which you asked for the cost of the new bridge.
            The bridge cost £2.4 million, paid from the capital programme.
            Why did it cost more than planned?
            Steel prices rose in 2022.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("the cost of the new bridge", pair.Question);
        Assert.Contains("Steel prices rose in 2022.", pair.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LetterheadPleaseAskFor_IsNoQuestion()
    {
        var letter = _parser.Parse("""
            Legal Services
            Town Hall
            Our Ref: JCW/036003
            Please ask for Janet Smith
            Direct Line 0161 253 0000
            The council has reviewed its decision and upholds it in part.
            """, "x.txt");

        Assert.Equal("", Assert.Single(letter.Pairs).Question);
    }

    [Fact]
    public void Parse_OnlyAskIsTheRequestersClosing_ReadsTheLetterAsProse()
    {
        var letter = _parser.Parse("""
            Reference FOI/18/221
            Bridge repairs
            I would be grateful if you could send the information electronically.
            The council holds no record of repairs to the bridge.
            """, "x.txt");

        Assert.Contains("The council holds no record of repairs to the bridge.", Assert.Single(letter.Pairs).Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AcknowledgementAboveTheRestatedQuestion_IsNoAnswerAndTheQuestionIsRead()
    {
        var letter = _parser.Parse("""
            Our ref: P-4189
            Dear David Cole
            Further to your request received on 24/06/2025, I confirm that the District Council has now considered your request under the Freedom of Information Act 2000.
            Could I ask for the data used to inform the three options for local government reform?
            We find Section 21 – Information accessible to applicant by other means – applies.
            Yours sincerely
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("Could I ask for the data used to inform the three options for local government reform?", pair.Question);
        Assert.StartsWith("We find Section 21", pair.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RequestAfterAnOpenerWithNoColonOrBlankLine_EndsWhereTheAuthorityAnswers()
    {
        var letter = _parser.Parse("""
            Our ref: F19/204
            Dear Subhash Pandeya
            You requested the following information
            How much this university pays as commission to international agents for each enrolled student.
            We have interpreted your request to relate to the rate paid to agents.
            This financial information has not been released as the exemption under section 33(1)(b) applies.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("How much this university pays as commission to international agents for each enrolled student.", pair.Question);
        Assert.Contains("has not been released", pair.Answer, StringComparison.Ordinal);
    }
}
