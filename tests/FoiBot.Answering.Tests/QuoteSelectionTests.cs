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

        Assert.StartsWith("A total of 7 media bids", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
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
}
