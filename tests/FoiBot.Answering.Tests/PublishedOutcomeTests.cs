using FoiBot.Core;
using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>A question whether the authority gave what was asked is answered by the outcome the request's page published.</summary>
public sealed class PublishedOutcomeTests
{
    private const string FeesQuestion = "Please provide the weekly fees paid for residential care.";
    private const string Acknowledgement = "Thank you for your request for information about fees for residential care; your request reference is as above.";

    [Theory]
    [InlineData(Outcome.Refused, "The request was refused by London Borough of Barnet.", Verdict.Refused)]
    [InlineData(Outcome.Partial, "The request was partially successful.", Verdict.Partial)]
    [InlineData(Outcome.NotHeld, "London Borough of Barnet did not have the information requested.", Verdict.NotHeld)]
    public void Answer_WhetherGivenWithAPublishedStatus_LeadsWithItAndQuotesIt(Outcome outcome, string text, Verdict verdict)
    {
        using var letter = new OneLetterIndex(new PublishedStatus(outcome, text), Pair(FeesQuestion, Acknowledgement));

        var answer = letter.Engine.Answer("Did Barnet release the weekly fees it paid for residential care?");

        Assert.Equal(verdict, answer.Verdict);
        Assert.Equal(text, Assert.Single(answer.Citations).Quote);
    }

    [Fact]
    public void Answer_QuestionNotAskingWhetherGiven_KeepsTheLettersOwnQuote()
    {
        using var letter = new OneLetterIndex(new PublishedStatus(Outcome.Refused, "The request was refused by London Borough of Barnet."), Pair(FeesQuestion, "The weekly fees paid for residential care are £1,250."));

        var answer = letter.Engine.Answer("How much were the weekly fees paid for residential care in Barnet?");

        Assert.Equal("The weekly fees paid for residential care are £1,250.", Assert.Single(answer.Citations).Quote);
    }
}
