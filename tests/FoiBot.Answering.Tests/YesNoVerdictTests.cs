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
    [InlineData("We can neither confirm nor deny that we hold it.", Verdict.NeitherConfirmNorDeny)]
    [InlineData("We hold no record of permitted street works having taken place on this date.", Verdict.NotHeld)]
    [InlineData("There are no records of Ministerial instructions to the director.", Verdict.NotHeld)]
    [InlineData("No external contractor is employed to do this.", Verdict.No)]
    [InlineData("We record availability per appliance and not per station.", Verdict.No)]
    [InlineData("a) number of new sites 0", Verdict.No)]
    [InlineData("(1) A copy of any agreements between the university and trade unions. - None", Verdict.No)]
    [InlineData("The Constabulary is unable to provide information concerning the specific details of these investigations.", Verdict.No)]
    [InlineData("I can confirm that no new allotment sites were brought into use in 2011 and 2012", Verdict.No)]
    [InlineData("Reports relating to this project are commercially sensitive under section 43 of the FOI Act.", Verdict.Refused)]
    [InlineData("This is personal data under section 40(2) and is not released.", Verdict.Refused)]
    public void Of_ExplicitCue_GivesItsVerdict(string sentence, Verdict expected) => Assert.Equal(expected, YesNoCues.Of(sentence));

    [Theory]
    [InlineData("There were 2777 permits issued in 2019/20.")]
    [InlineData("Absolutely every camera is recorded.")]
    [InlineData("The cameras are used by enforcement officers.")]
    [InlineData("We did provide free bags to members of the public.")]
    [InlineData("b) number of new plots 40")]
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

    [Theory]
    [InlineData("Do your civil enforcement officers wear body cameras?", "Civil enforcement officers wear body cameras when on patrol.", Outcome.Answered, "Do Barnet's civil enforcement officers wear body cameras?", Verdict.Yes, "when on patrol.")]
    [InlineData("(1) A copy of any agreements with trade unions on casualisation.\n(2) The dates any such agreements were reached.", "(1) A copy of any agreements with trade unions on casualisation. - None\n(2) The dates any such agreements were reached. - N/A", Outcome.Answered, "Does Barnet have a casualisation agreement with the trade unions?", Verdict.No, "- None")]
    [InlineData("Copies of any ministerial instructions to the chief executive about waiting lists.", "Our response explained that there are no records of ministerial instructions to the chief executive.", Outcome.No, "Did Barnet send the chief executive any ministerial instructions about waiting lists?", Verdict.NotHeld, "chief executive.")]
    [InlineData("Has the service counted fires caused by climate change?", "The recording system does not have a category for climate change.\nConsequently, Section 17(1)(b) notice that information not held is applicable.", Outcome.Answered, "Has Barnet counted fires caused by climate change?", Verdict.NotHeld, "is applicable.")]
    [InlineData("Please provide the number of ASB civil injunctions obtained between 2018 and 2022.", "Number of ASB Civil Injunctions obtained for Dorset between 2018 and 2022 = 0", Outcome.Answered, "Did Barnet obtain any ASB civil injunctions between 2018 and 2022?", Verdict.No, "= 0")]
    [InlineData("1. Does the force have a policy on stopping investigations?\n2. How many complaints were made about the anti corruption unit?", "The force does not have a policy on stopping investigations. Accordingly the force does not hold the information.\nThe force can neither confirm nor deny that it holds information on complaints.", Outcome.NeitherConfirmNorDeny, "Does Barnet have a policy on stopping investigations?", Verdict.NotHeld, "does not hold the information.")]
    public void Answer_YesNoQuestion_GetsTheVerdictTheAnswerGivesInWords(string letterQuestion, string letterAnswer, Outcome outcome, string question, Verdict expected, string quoteEnd)
    {
        using var letter = new OneLetterIndex(Pair(letterQuestion, letterAnswer, outcome));

        var answer = letter.Engine.Answer(question);

        Assert.Equal(expected, answer.Verdict);
        Assert.Contains(quoteEnd, Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }
}
