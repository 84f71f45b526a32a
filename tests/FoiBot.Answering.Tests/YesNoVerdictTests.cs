using FoiBot.Core;
using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>A yes/no question gets yes, no, refused or not held from what the quoted answer says, never a bare "answered".</summary>
public sealed class YesNoVerdictTests
{
    [Theory]
    [InlineData("Yes, we have a Children in Care Council.", Verdict.Yes)]
    [InlineData("1. Yes", Verdict.Yes)]
    [InlineData("A.4 No", Verdict.No)]
    [InlineData("The council is not involved in reorganisation at the moment.", Verdict.No)]
    [InlineData("The service does not categorise its calls as Cat1 to Cat4.", Verdict.No)]
    [InlineData("The council stopped supplying free bags in 2021.", Verdict.No)]
    [InlineData("We do not hold this information.", Verdict.NotHeld)]
    [InlineData("This information is exempt from disclosure under section 31(1)(a).", Verdict.Refused)]
    [InlineData("We can neither confirm nor deny that we hold it.", Verdict.Refused)]
    public void Of_ExplicitCue_GivesItsVerdict(string sentence, Verdict expected) => Assert.Equal(expected, YesNoCues.Of(sentence));

    [Theory]
    [InlineData("There were 2777 permits issued in 2019/20.")]
    [InlineData("Absolutely every camera is recorded.")]
    [InlineData("The cameras are used by enforcement officers.")]
    [InlineData("We did provide free bags to members of the public.")]
    public void Of_NoCue_IsNull(string sentence) => Assert.Null(YesNoCues.Of(sentence));

    [Fact]
    public void Answer_YesNoQuestionAnsweredInWords_LeadsWithNoAndQuotesTheSentence()
    {
        using var letter = new OneLetterIndex(Pair(
            "Is the council involved in local government reorganisation?",
            "Thank you for your request.\nThe council is not involved in reorganisation at the moment."));

        var answer = letter.Engine.Answer("Is Barnet involved in local government reorganisation?");

        Assert.Equal(Verdict.No, answer.Verdict);
        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
        Assert.Equal("The council is not involved in reorganisation at the moment.", Assert.Single(answer.Citations).Quote);
    }

    [Fact]
    public void Answer_YesNoQuestionWithPartialRefusal_IsRefusedWithTheSectionQuoted()
    {
        using var letter = new OneLetterIndex(Pair(
            "Is your CCTV system on-premises or cloud hosted? How many cameras do you run?",
            "742 cameras are run by the council.\nThis information is exempt from disclosure under section 31 (1) (a) of the FOI Act.",
            Outcome.Partial));

        var answer = letter.Engine.Answer("Is Barnet's CCTV system stored in the cloud?");

        Assert.Equal(Verdict.Refused, answer.Verdict);
        Assert.Contains("section 31 (1) (a)", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_NumberedYesAmongFigures_IsYes()
    {
        using var letter = new OneLetterIndex(Pair(
            "1- The number of looked after children\n2- Do you have a children in care council\n3- The budget of the children in care council",
            "1- 394\n2- Yes, we have a Children in Care Council that meets monthly.\n3- £107,500"));

        var answer = letter.Engine.Answer("Does Barnet have a Children in Care Council?");

        Assert.Equal(Verdict.Yes, answer.Verdict);
        Assert.Equal("2- Yes, we have a Children in Care Council that meets monthly.", Assert.Single(answer.Citations).Quote);
    }

    [Fact]
    public void Answer_NotAYesNoQuestion_KeepsTheLettersOutcome()
    {
        using var letter = new OneLetterIndex(Pair(
            "How many cameras does the council run?",
            "The council does not run mobile cameras; it runs 742 fixed cameras."));

        var answer = letter.Engine.Answer("How many cameras does Barnet run?");

        Assert.Equal(Verdict.Answered, answer.Verdict);
    }
}
