using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>On a letter paired wrongly, the sentence that answers is quoted from wherever it stands in the letter.</summary>
public sealed class ClearerQuoteTests
{
    [Fact]
    public void Answer_AnswerUnderAnotherHeading_QuotesTheSentenceThatAnswers()
    {
        using var letter = new OneLetterIndex(
            Pair("Allotments", "There are currently 30 allotment sites. People on waiting lists are managed by each site's association."),
            Pair("Other information", "In total 792 people are on allotment waiting lists across the borough."));

        var answer = letter.Engine.Answer("How many people are on allotment waiting lists in Barnet?");

        Assert.Equal("In total 792 people are on allotment waiting lists across the borough.", Assert.Single(answer.Citations).Quote);
    }

    [Fact]
    public void Answer_TerseAnswerUnderTheSameQuestion_IsKept()
    {
        using var letter = new OneLetterIndex(
            Pair("How many people are on the allotment waiting lists?", "792"),
            Pair("Other information", "People on allotment waiting lists are offered a plot at any of 30 sites as soon as one is free."));

        var answer = letter.Engine.Answer("How many people are on allotment waiting lists in Barnet?");

        Assert.Equal("792", Assert.Single(answer.Citations).Quote);
    }
}
