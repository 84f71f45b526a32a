using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>A letter's second passage nearly as much on the topic as its first is cited beside it; one off the topic is not.</summary>
public sealed class RunnerUpPassageTests
{
    [Fact]
    public void Answer_LetterAnsweringTheTopicAcrossTwoPassages_CitesBoth()
    {
        using var letter = new OneLetterIndex(
            Pair("Bus lane cameras in 2023", "The bus lane cameras issued 1,240 fines in 2023."),
            Pair("Bus lane cameras in 2024", "The bus lane cameras issued 1,310 fines in 2024."));

        var answer = letter.Engine.Answer("How many fines did Barnet's bus lane cameras issue?");

        Assert.Equal(2, answer.Citations.Count);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("1,240", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.Quote.Contains("1,310", StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_SecondPassageOffTheTopic_IsNotCited()
    {
        using var letter = new OneLetterIndex(
            Pair("Bus lane cameras", "The bus lane cameras issued 1,240 penalty charge notices in 2023."),
            Pair("Parking wardens", "The council employs 35 parking wardens."));

        var answer = letter.Engine.Answer("How many fines did Barnet's bus lane cameras issue?");

        Assert.Contains("1,240", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }
}
