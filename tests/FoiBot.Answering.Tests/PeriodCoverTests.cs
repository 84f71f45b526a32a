using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>A figure for a period comes only from a letter that could hold it; the letter here is dated 1 March 2024.</summary>
public sealed class PeriodCoverTests
{
    [Theory]
    [InlineData("How many street trees did Barnet plant in parks in 2020?", false)]
    [InlineData("How many street trees did Barnet plant in parks in 2018?", true)]
    [InlineData("How many street trees did Barnet plant in parks in 2019/20?", true)]
    [InlineData("How many street trees did Barnet plant in parks?", true)]
    public void Answer_FigureForAPeriod_ComesOnlyFromALetterNamingIt(string question, bool answered)
    {
        using var letter = new OneLetterIndex(Pair(
            "How many street trees has the council planted in parks in each year?",
            "Street trees planted in parks by year:\n2017 - 120\n2018 - 140\n2019 - 95"));

        var answer = letter.Engine.Answer(question);

        Assert.Equal(answered, !answer.Abstained);
    }

    [Theory]
    [InlineData("How much did Barnet spend on agency staff in 2025/26?", false)]
    [InlineData("How much did Barnet spend on agency staff in 2023/24?", true)]
    public void Answer_FigureForAPeriodThatBeganAfterTheLetter_IsNotAnswered(string question, bool answered)
    {
        using var letter = new OneLetterIndex(Pair(
            "How much does the council spend on agency staff?",
            "The council spent £2,400,000 on agency staff last year."));

        var answer = letter.Engine.Answer(question);

        Assert.Equal(answered, !answer.Abstained);
    }
}
