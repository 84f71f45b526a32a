using FoiBot.Core;
using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>
/// A question about what was withheld ("why won't they say", "will they tell me") is answered by the refusal: the
/// verdict is refused and the quote names the exemption, even where the letter gave the rest; a refusal announcing
/// its exemption on the next line is quoted with that line.
/// </summary>
public sealed class WithheldQuestionTests
{
    private const string CrewQuestion = "On how many occasions has a fire appliance been unavailable due to a lack of crew?";
    private const string CrewAnswer = "We crew fire appliances at 4 and 5 riders.\nThere are occasions whereby fire appliances are unavailable due to insufficient crewing levels but information about this is being withheld under Section 38(b) of the Act.";
    private const string AttackQuestion = "How many cyber attacks has the council had since 2017?";
    private const string AttackAnswer = "The council has systems to detect attacks.\nThe number of cyber attacks is exempt under section 31(1)(a) as disclosure would prejudice the prevention of crime.";
    private const string HeadcountAnswer = "Information relating to operationally sensitive departments has been withheld in accordance with the following exemption:\nSection 31(1) (a) and (b) – Law enforcement\nThis is a qualified exemption.";

    [Theory]
    [InlineData(CrewQuestion, CrewAnswer, Outcome.Partial, "why won't Barnet say how often fire appliances were unavailable for lack of crew", "Section 38(b)")]
    [InlineData(AttackQuestion, AttackAnswer, Outcome.Partial, "Will Barnet say how many cyber attacks it has had?", "section 31(1)(a)")]
    [InlineData(AttackQuestion, AttackAnswer, Outcome.Partial, "Can I find out how many cyber attacks Barnet has had?", "section 31(1)(a)")]
    [InlineData("Please provide officer headcounts for each department.", HeadcountAnswer, Outcome.Refused, "How many officers does Barnet have in each department?", "following exemption:\nSection 31(1) (a) and (b) – Law enforcement")]
    public void Answer_QuestionTheLetterWithheld_IsRefusedQuotingTheExemption(string letterQuestion, string letterAnswer, Outcome outcome, string question, string quoted)
    {
        using var letter = new OneLetterIndex(Pair(letterQuestion, letterAnswer, outcome));

        var answer = letter.Engine.Answer(question);

        Assert.Equal(Verdict.Refused, answer.Verdict);
        Assert.Contains(quoted, Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
        Assert.Contains(quoted.Replace("\n", " ", StringComparison.Ordinal), answer.Text, StringComparison.Ordinal);
    }
}
