using FoiBot.Core;
using FoiBot.Core.Text;

namespace FoiBot.Core.Tests.Text;

public sealed class OutcomeReaderTests
{
    [Theory]
    [InlineData("", Outcome.Unanswered)]
    [InlineData("Not used.", Outcome.No)]
    [InlineData("No not aware of any projects in the pipeline.", Outcome.No)]
    [InlineData("No FPN’s issued from 2015 - 2018, April 2019/20: 20", Outcome.Answered)]
    [InlineData("Yes", Outcome.Yes)]
    [InlineData("37 cameras", Outcome.Answered)]
    [InlineData("We do not hold this information.", Outcome.NotHeld)]
    [InlineData("This information is not held and is therefore exempt under Section 17 of the Freedom of Information (Scotland) Act 2002.", Outcome.NotHeld)]
    [InlineData("This would be exempt under Section 12 - Excessive cost of compliance. There are 560 records that needs to be manually checked, approximately 10 minutes per case.", Outcome.Refused)]
    [InlineData("We neither confirm or deny that this information is held in accordance with Section 31(3) of the Freedom of Information Act 2000.", Outcome.NeitherConfirmNorDeny)]
    [InlineData("Information can be found here.", Outcome.PublishedElsewhere)]
    [InlineData("Please see the attached spreadsheet.", Outcome.Answered)]
    [InlineData("Unfortunately the council is unable to provide the information you have requested. This is because we do not hold this information.", Outcome.NotHeld)]
    [InlineData("This information is not captured within our records and we are therefore unable to provide it.", Outcome.NotHeld)]
    [InlineData("Please see link to our public website. The council do not operate any Chinese manufactured cameras.", Outcome.Answered)]
    [InlineData("However, as at 14 February 2022 we had 880 cameras installed.\nThe location of cameras is exempt from disclosure under Regulation 12(5)(g).", Outcome.Partial)]
    [InlineData("The cameras have not suffered damage. Downtime is not recorded by the council.", Outcome.Partial)]
    [InlineData("The number of hosts is less than 5. This information is therefore exempt under Section 38(1)(b).\nb) 28", Outcome.Partial)]
    [InlineData("Specific information is not available - the work is done under the street cleansing contract.", Outcome.NotHeld)]
    [InlineData("Suspended: 8\nDishonesty: We do not report on this, it would mean reading every case file", Outcome.Partial)]
    [InlineData("We do not hold any emails with the developer. Reviewing the rest would exceed the cost limit.", Outcome.Refused)]
    [InlineData("Our search of the mailboxes produced 2159 hits. A review of the 2,159 results shows many are not relevant. To bring the cost within the £450 limit, please narrow your request.", Outcome.Refused)]
    [InlineData("The accounts are already published and are exempt under section 21.", Outcome.PublishedElsewhere)]
    [InlineData("Compliance would exceed the appropriate limit under section 12.", Outcome.Refused)]
    [InlineData("We have not applied any exemption such as section 43 to this answer.", Outcome.Answered)]
    [InlineData("The outreach team knows each month who has refused offers of support. In November 2022 of 33 rough sleepers verified, 28 refused offers of support.", Outcome.Answered)]
    [InlineData("The information is held; however, this information has been deemed unsuitable for disclosure.", Outcome.Refused)]
    public void Classify_TypicalAnswers_ReadAsAnFoiOfficerWould(string answer, Outcome expected) =>
        Assert.Equal(expected, OutcomeReader.Classify(answer));

    [Theory]
    [InlineData(new[] { Outcome.No }, Outcome.No)]
    [InlineData(new[] { Outcome.Answered, Outcome.Yes }, Outcome.Answered)]
    [InlineData(new[] { Outcome.Answered, Outcome.NotHeld }, Outcome.Partial)]
    [InlineData(new[] { Outcome.NotHeld, Outcome.Refused }, Outcome.Refused)]
    [InlineData(new[] { Outcome.Unanswered, Outcome.NotHeld }, Outcome.NotHeld)]
    [InlineData(new Outcome[0], Outcome.Unanswered)]
    public void Combine_PairOutcomes_GiveTheLettersOutcome(Outcome[] pairs, Outcome expected) =>
        Assert.Equal(expected, OutcomeReader.Combine(pairs));

    [Theory]
    [InlineData("Currently, the Council does not hold data on the number of trees.", Outcome.NotHeld)]
    [InlineData("The Council employs a dedicated Tree Management team.", null)]
    public void SentenceOutcome_SaysWhetherASentenceCarriesAVerdict(string sentence, Outcome? expected) =>
        Assert.Equal(expected, OutcomeReader.SentenceOutcome(sentence));
}
