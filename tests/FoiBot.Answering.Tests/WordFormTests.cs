using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>Questions in everyday words find letters that use another form or the official term: "pay" and "paid", "informants" and "CHIS".</summary>
public sealed class WordFormTests
{
    [Theory]
    [InlineData("How much has the force paid to covert human intelligence sources (CHIS) in each year?", "How much did Barnet pay informants each year?")]
    [InlineData("How much was spent on agency social workers?", "How much did Barnet spend on agency social workers?")]
    [InlineData("Are patients on the waiting list seen on a first in first out basis?", "Is Barnet's waiting list first come first served?")]
    public void Answer_QuestionInAnotherFormOfTheLettersWords_FindsTheLetter(string letterQuestion, string question)
    {
        using var letter = new OneLetterIndex(Pair(letterQuestion, "The figure for 2022/23 was £165,709."));

        var answer = letter.Engine.Answer(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Single(answer.Citations);
    }
}
