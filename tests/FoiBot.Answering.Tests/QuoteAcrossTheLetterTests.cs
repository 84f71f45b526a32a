using FoiBot.Core;
using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>
/// Quotes that answer on letters paired badly and wrapped like PDFs: the whole wrapped sentence, the sentence with the
/// date a "when" question asks for, the letter's answering sentence when its passage holds only a heading, and never a
/// "yes" from a title.
/// </summary>
public sealed class QuoteAcrossTheLetterTests
{
    [Theory]
    [InlineData(
        "How many religious hate crimes were recorded in 2018/19?",
        "The force records religious hate crime.\nFor the year 2018/19 there\nwere 187 crimes and 44 non crime\noccurrences recorded as a religious hate\ncrime.",
        "How many religious hate crimes did Barnet record in 2018/19?",
        "For the year 2018/19 there were 187 crimes and 44 non crime occurrences recorded as a religious hate crime.")]
    [InlineData(
        "Please provide the fees paid for residential care.",
        "Thank you for your request for information received on 30 January 2015.\nThe council will respond within 20 working days.\nThe fees paid for residential care are set by contract.",
        "When did Barnet receive the request about residential care fees?",
        "Thank you for your request for information received on 30 January 2015.")]
    [InlineData(
        "Please provide the number of contract cheating cases.",
        "Your request about contract cheating was received on 19 March 2018.\nWe will respond promptly but in any event by 18 April 2018, this being 20 working days.",
        "By what date did Barnet promise to reply about contract cheating cases?",
        "We will respond promptly but in any event by 18 April 2018, this being 20 working days.")]
    public void Answer_WrappedOrDatedAnswer_QuotesTheWholeSentenceThatAnswers(string letterQuestion, string letterAnswer, string question, string quote)
    {
        using var letter = new OneLetterIndex(Pair(letterQuestion, letterAnswer));

        var answer = letter.Engine.Answer(question);

        Assert.Contains(quote, Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
        Assert.NotEqual(Verdict.Refused, answer.Verdict);
    }

    [Theory]
    [InlineData("The library spending for 2023 was £1.2 million.", "When did Barnet reply about library spending?")]
    [InlineData("Thank you for your information access request dated 11th April, 2011.\nThe library spending for 2023 was £1.2 million.", "When did Barnet reply to the library spending request of 11 April?")]
    public void Answer_WhenWithNoSentenceDatingTheReply_SaysTheLettersOwnDate(string letterAnswer, string question)
    {
        using var letter = new OneLetterIndex(Pair("Please provide the library spending for 2023.", letterAnswer));

        var answer = letter.Engine.Answer(question);

        Assert.StartsWith("The letter is dated 1 March 2024.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_RefusalExplainedThenApplied_QuotesTheSentenceApplyingTheSection()
    {
        using var letter = new OneLetterIndex(Pair(
            "Please provide the number of Islamophobic hate crimes for each year.",
            "In accordance with the Freedom of Information Act, this letter represents a Refusal Notice for this request.\nThis request is being refused under Section 12(1) of the FOIA.",
            Outcome.Refused));

        var answer = letter.Engine.Answer("How many Islamophobic hate crimes were there in Barnet each year?");

        Assert.Equal(Verdict.Refused, answer.Verdict);
        Assert.Contains("This request is being refused under Section 12(1) of the FOIA.", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_PassageHoldingOnlyAPageHeader_QuotesTheLettersAnsweringSentence()
    {
        using var letter = new OneLetterIndex(
            Pair("Please provide the number of Islamophobic hate crimes for each year.", "This request is being refused under Section 12(1) of the FOIA."),
            Pair("For the year 2018/19 there were 187 crimes recorded as a religious hate crime.", "THAMES VALLEY POLICE HEADQUARTERS OXFORD ROAD"));

        var answer = letter.Engine.Answer("How many religious hate crimes did Barnet record in 2018/19?");

        Assert.Equal("For the year 2018/19 there were 187 crimes recorded as a religious hate crime.", Assert.Single(answer.Citations).Quote);
    }

    [Theory]
    [InlineData("Answer To Question 4:")]
    [InlineData("YOUR REQUEST REF NO. 12234 UNDER THE FREEDOM OF INFORMATION ACT 2000")]
    [InlineData("2022/23")]
    public void Answer_YesNoQuestionQuotedOnlyByATitle_IsNoYes(string title)
    {
        using var letter = new OneLetterIndex(Pair("Which system does the trust use to log FOI requests?", title));

        var answer = letter.Engine.Answer("Does Barnet use Datix to log FOI requests?");

        Assert.NotEqual(Verdict.Yes, answer.Verdict);
    }
}
