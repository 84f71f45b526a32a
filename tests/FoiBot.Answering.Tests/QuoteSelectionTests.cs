using FoiBot.Core;
using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>The quote is the line that answers: not the requester's words, an opener or a heading.</summary>
public sealed class QuoteSelectionTests
{
    [Fact]
    public void Answer_QuestionEchoedAboveItsAnswerLine_QuotesTheAnswerLine()
    {
        using var letter = new OneLetterIndex(Pair(
            "Questions about surveillance officers",
            "Q.5 How many officers are trained in surveillance?\nA.5 Up to 5 officers\nQ.6 What is the name of the council's monitoring officer?\nA.6 Jane Smith"));

        var answer = letter.Engine.Answer("Who is Barnet's monitoring officer?");

        Assert.Equal("A.6 Jane Smith", Assert.Single(answer.Citations).Quote);
    }

    [Fact]
    public void Answer_OpenerOverRowsForEachYear_QuotesTheRowForTheYearAsked()
    {
        using var letter = new OneLetterIndex(Pair(
            "How many trees did the council fell in each of the last three years?",
            "Please find the information requested below:\n2020/21 - 150 trees felled.\n2021/22 - 178 trees felled.\n2022/2023 - 189 trees felled."));

        var answer = letter.Engine.Answer("How many trees did Barnet fell in 2022/23?");

        Assert.Equal("2022/2023 - 189 trees felled.", Assert.Single(answer.Citations).Quote);
    }

    [Fact]
    public void Answer_MoneyAskedOfTwoTables_QuotesTheMoneyRowWithItsHeading()
    {
        using var letter = new OneLetterIndex(Pair(
            "Please state the number of fixed penalty notices issued and the income from them for 2023-24 and 2024-25.",
            "Notices issued\n2023/2024 - 8\n2024/2025 - 31\nIncome received\n2023/2024 - £800\n2024/2025 - £2090"));

        var answer = letter.Engine.Answer("How much income did Barnet get from fixed penalty notices in 2024/25?");

        Assert.Equal("Income received: 2024/2025 - £2090", Assert.Single(answer.Citations).Quote);
    }

    [Fact]
    public void Answer_NumberedSubPartsAnsweredByNumber_QuotesTheLineNumberedLikeThePartAsked()
    {
        using var letter = new OneLetterIndex(Pair(
            "1- The number of looked after children\n2- The number of care leavers NEET\n3- The number of participation workers",
            "1- 394\n2- 51\n3- There are 2 full time participation workers."));

        var answer = letter.Engine.Answer("How many care leavers in Barnet are NEET?");

        Assert.Equal("2- 51", Assert.Single(answer.Citations).Quote);
    }

    [Fact]
    public void Answer_PointerAndOpenerBeforeTheFigure_QuotesTheSentenceWithTheFigure()
    {
        using var letter = new OneLetterIndex(Pair(
            "How many media bids were made to the chief executive in 2023?",
            "I enclose some of the information you have requested.\nA total of 7 media bids were made to the chief executive in 2023, detailed in the table below:\nDate | Outlet"));

        var answer = letter.Engine.Answer("How many media bids were made to Barnet's chief executive in 2023?");

        var quote = Assert.Single(answer.Citations).Quote;
        Assert.Contains("A total of 7 media bids", quote, StringComparison.Ordinal);
        Assert.DoesNotContain("I enclose", quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_ProceduralLinesBeforeTheAnswer_NeverQuotesProcedure()
    {
        using var letter = new OneLetterIndex(Pair(
            "Does the council use drones for enforcement?",
            "We have now had the opportunity to fully consider your request and I provide a response for your attention.\nWe note that you have referenced the FOIA 2000.\nThe council flies 3 drones for planning enforcement."));

        var answer = letter.Engine.Answer("What does Barnet use drones for?");

        Assert.Equal("The council flies 3 drones for planning enforcement.", Assert.Single(answer.Citations).Quote);
    }

    [Theory]
    [InlineData("Do staff wear body cameras? How much did they cost?", "Does anyone use body cameras?\nYes – enforcement officers (2 x go-pro cameras on a harness)\nHow much did the body cameras cost?\nOne off purchase. Believed £200 for the pair.", Outcome.Yes, "How much did Barnet's body cameras cost?", "Believed £200 for the pair.")]
    [InlineData("A copy of the chief executive's personal objectives.", "Refusal of Request\nThe information is exempt under section 40(2) of the Act.", Outcome.Refused, "What did Barnet say about a copy of the chief executive's personal objectives?", "The information is exempt under section 40(2) of the Act.")]
    [InlineData("Agent commission.", "How much this university pay as commission to international agents for each enrolled student.\nThis financial information has not been released as the exemption under section 33(1)(b) of the Act applies.", Outcome.Partial, "How much commission does Barnet pay international agents per enrolled student?", "This financial information has not been released as the exemption under section 33(1)(b) of the Act applies.")]
    public void Answer_VerdictLineThatDoesNotAnswer_IsPassedOverForTheLineThatDoes(string letterQuestion, string letterAnswer, Outcome outcome, string question, string expected)
    {
        using var letter = new OneLetterIndex(Pair(letterQuestion, letterAnswer, outcome));

        var answer = letter.Engine.Answer(question);

        Assert.Contains(expected, Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Please can I have the data on the numbers of officers on duty on the night of 24 September.", true)]
    [InlineData("How much this university pay as commission to international agents for each student.", true)]
    [InlineData("The university pays agents a flat rate per student.", false)]
    [InlineData("Under the Freedom of Information Act, I would like to request the total number of noise complaints.", true)]
    [InlineData("All reports you hold in connection with a review of unclaimed boxes.", true)]
    [InlineData("We hold no reports in connection with that review.", false)]
    [InlineData("2. How frequently are the pumps serviced", true)]
    [InlineData("2. Yes, we service them monthly.", false)]
    public void IsEcho_RequestWithoutAQuestionMark_IsTheRequestersWords(string sentence, bool echo) => Assert.Equal(echo, NonAnswers.IsEcho(sentence));

    [Theory]
    [InlineData("Information can be found here.", true)]
    [InlineData("The response to this request is available on our website.", true)]
    [InlineData("The information you requested can be found at www.example.gov.uk/toilets.", true)]
    [InlineData("Information on the 17 toilets closed can be found in the table below: 2024 17", false)]
    public void IsFurniture_PointerToALink_IsNoAnswer(string sentence, bool furniture) => Assert.Equal(furniture, QuoteSelector.IsFurniture(sentence));

    [Theory]
    [InlineData("Many thanks,", true)]
    [InlineData("Kind regards", true)]
    [InlineData("Yours sincerely", true)]
    [InlineData("FOI 596.23-24", true)]
    [InlineData("Our ref: F11/00220", true)]
    [InlineData("Question Number 5:", true)]
    [InlineData("If possible, please provide data in an Excel format.", true)]
    [InlineData("Thank you for your recent enquiry, please find your response below.", true)]
    [InlineData("Thanks to the new scheme, 40 homes were let.", false)]
    [InlineData("Reference 5 was used in 2 cases.", false)]
    [InlineData("Please find 12 cameras listed in the table.", false)]
    public void IsFurniture_ClosingReferenceLabelOrRequestersWords_IsNoAnswer(string sentence, bool furniture) => Assert.Equal(furniture, QuoteSelector.IsFurniture(sentence));

    [Theory]
    [InlineData("Your request has been handled under the Freedom of Information Act 2000.", true)]
    [InlineData("I confirm that the council has now considered your request under the Freedom of Information Act 2000.", true)]
    [InlineData("Your request has been handled under the Act and I can today confirm that our searches identified nine letters.", false)]
    [InlineData("In accordance with section 1(1) of the Act the council has a duty to confirm whether it holds the information.", true)]
    [InlineData("Section 1(1) of the Freedom of Information Act provides two rights to applicants.", true)]
    [InlineData("I hope this satisfies your enquiry, however if you are dissatisfied with the information provided please contact the Information and Records Officer.", true)]
    [InlineData("If you are unhappy with the way your request has been handled you may ask for an internal review.", true)]
    [InlineData("I hope this information is helpful.", true)]
    [InlineData("The internal review upheld the original decision to withhold the report.", false)]
    [InlineData("Residents who are dissatisfied with a parking ticket may appeal; 412 did so in 2023.", false)]
    public void IsProcedural_ProcedureClosingOrWhatGoesOnToAnswer_IsTold(string sentence, bool procedural) => Assert.Equal(procedural, NonAnswers.IsProcedural(sentence));

    [Fact]
    public void Answer_MoneyAskedOfALetterGivingCountsAndIncomeApart_CitesTheIncome()
    {
        using var letter = new OneLetterIndex(
            Pair("Please provide the total number of environmental fixed penalty notices issued in 2023-24 and 2024-25.", "2023/2024 - 8\n2024/2025 - 31"),
            Pair("Please state the total income received from environmental FPNs in 2023-24 and 2024-25.", "2023/2024 - £800\n2024/2025 - £2090"));

        var answer = letter.Engine.Answer("How much money did Barnet get from environmental fixed penalty notices in 2024/25?");

        Assert.Equal("2024/2025 - £2090", Assert.Single(answer.Citations).Quote);
    }
}
