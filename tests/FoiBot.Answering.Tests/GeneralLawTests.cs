using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>What the law allows in general is never the quote; what the letter decided, or the figure a refusal gives, is.</summary>
public sealed class GeneralLawTests
{
    [Theory]
    [InlineData("Under the Freedom of Information Act, the Council can apply an exemption if it believes one exists.")]
    [InlineData("However, the Act makes provision for withholding information that is crucial to maintaining the core activities of a public authority.")]
    [InlineData("For your information, the act defines a number of exemptions which may prevent release of the information you have requested.")]
    [InlineData("The FOIAct places a general duty on public authorities to allow access to official information that is held.")]
    [InlineData("Under section 12 we need not comply with a request for information if we estimate that the cost of doing so exceeds the limit.")]
    [InlineData("Unless exemptions apply, the first duty at Section 1(1)(a) is to confirm or deny whether the information is held.")]
    [InlineData("In particular, section 36(2)(b) provides that information is exempt from disclosure if, in the opinion of a qualified person, its disclosure would prejudice the free and frank provision of advice.")]
    [InlineData("Information which is reasonably accessible to the applicant otherwise than under section 1 is exempt information.")]
    [InlineData("Please note that the data supplied is not allowed to be re-used and/or published without the explicit consent of the Trust.")]
    [InlineData("If you have any queries please do not hesitate to contact us.")]
    [InlineData("The cost limit (18 hours or £450) is specified in the Freedom of Information (Appropriate Limit and Fees) Regulations 2004.")]
    [InlineData("Further to your email, we are now in a position to respond to your enquiry regarding the 20mph limit.")]
    [InlineData("Re: Freedom of Information Request dated 13/10/2014")]
    public void Is_StatementOfTheLawOrLetterBoilerplate_IsTrue(string sentence)
    {
        Assert.True(GeneralLaw.Is(sentence));
        Assert.True(NonAnswers.IsProcedural(sentence));
    }

    [Theory]
    [InlineData("We are not obliged to comply with your request as it would exceed the appropriate limit.")]
    [InlineData("In this particular instance we believe that Section 43 – commercial interests, applies.")]
    [InlineData("West Yorkshire Police can neither confirm nor deny that it holds any further information, as the duty in s1(1)(a) does not apply.")]
    [InlineData("The Council received 412 requests in 2023, of which 37 were refused.")]
    public void Is_DecisionOnThisRequest_IsFalse(string sentence)
    {
        Assert.False(GeneralLaw.Is(sentence));
    }

    [Fact]
    public void Answer_RefusalOpeningWithTheLaw_QuotesTheSectionApplied()
    {
        using var letter = new OneLetterIndex(Pair(
            "Please provide a copy of the appraisal report on the Martlets Hall.",
            "Under the Freedom of Information Act, the Council can apply an exemption if it believes one exists. In this particular instance we believe that Section 43 – commercial interests, applies."));

        var answer = letter.Engine.Answer("Did Barnet release the Martlets Hall appraisal report?");

        Assert.Contains("Section 43", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_FigureAskedOfARefusal_QuotesTheRefusalSentenceGivingTheFigure()
    {
        using var letter = new OneLetterIndex(Pair(
            "How many second degree applications were successful?",
            "We have refused your request under section 12 as the cost of compliance would exceed the appropriate limit. To count them would require a manual review of well over 30,000 applications."));

        var answer = letter.Engine.Answer("How many second degree applications would Barnet have to review by hand?");

        Assert.Contains("To count them would require a manual review of well over 30,000 applications.", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WhyQuestionOfARefusalWithItsHarm_QuotesTheHarm()
    {
        using var letter = new OneLetterIndex(Pair(
            "Please provide the facilities appraisal report for the hall.",
            "Under the Freedom of Information Act, the Council can apply an exemption if it believes one exists. Release would be likely to prejudice the Council's negotiations with potential developers of the hall.",
            FoiBot.Core.Outcome.Refused));

        var answer = letter.Engine.Answer("Why did Barnet refuse the facilities appraisal report for the hall?");

        Assert.Contains("negotiations with potential developers", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_DetailAskedOfARefusal_QuotesTheSentenceGivingIt()
    {
        using var letter = new OneLetterIndex(Pair(
            "Please provide the minutes of the meetings with the ombudsman.",
            "We are withholding the minutes under section 36 of the Act. The qualified person, the Minister of State for Care, gave the opinion on 1 October 2024.",
            FoiBot.Core.Outcome.Refused));

        var answer = letter.Engine.Answer("Which minister gave the qualified person opinion for the refusal of the ombudsman minutes?");

        Assert.Contains("The qualified person, the Minister of State for Care, gave the opinion on 1 October 2024.", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }
}
