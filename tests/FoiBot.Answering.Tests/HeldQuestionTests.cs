using FoiBot.Core;
using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>"Does X hold information on Y?" is answered yes by a letter saying it is held, though it then withholds it.</summary>
public sealed class HeldQuestionTests
{
    [Theory]
    [InlineData("Does Essex Police hold any information about its Insulate Britain costs?")]
    [InlineData("Does NHS England actually hold the PwC report into Devon's NHS finances?")]
    [InlineData("Do they keep records of incidents at the level crossing?")]
    public void Asks_QuestionWhetherInformationIsHeld_IsTrue(string question)
    {
        Assert.True(HeldCues.Asks(question));
        Assert.True(QuoteAsk.Of(question).AsksHeld);
    }

    [Theory]
    [InlineData("Does Barnet use facial recognition?")]
    [InlineData("How many records does Barnet hold?")]
    public void Asks_OtherQuestion_IsFalse(string question)
    {
        Assert.False(QuoteAsk.Of(question).AsksHeld);
    }

    [Theory]
    [InlineData("NHS England holds this information.", true)]
    [InlineData("Essex Police does hold information relating to your request.", true)]
    [InlineData("I can confirm that the information is held by the council.", true)]
    [InlineData("Lambeth Council does not hold any such information.", false)]
    [InlineData("The information is not held.", false)]
    [InlineData("The force can neither confirm nor deny that it holds information on complaints.", false)]
    [InlineData("Colleagues in Housing would hold the information were this information to be held by the council.", false)]
    [InlineData("You are entitled to be told whether it holds information of the description specified.", false)]
    public void SaysHeld_ReadsTheSentence(string sentence, bool held)
    {
        Assert.Equal(held, HeldCues.SaysHeld(sentence));
    }

    [Fact]
    public void Answer_HeldThenWithheld_SaysYesQuotingTheSentenceSayingItIsHeld()
    {
        using var letter = new OneLetterIndex(Pair(
            "Please provide a copy of the PwC report into the finances of the Devon health economy.",
            "NHS England holds this information. However, we are withholding this information under Section 22 of the FOI Act as it is intended for future publication."));

        var answer = letter.Engine.Answer("Does Barnet hold the PwC report into the Devon finances?");

        Assert.Equal(Verdict.Yes, answer.Verdict);
        Assert.Contains("NHS England holds this information.", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }
}
