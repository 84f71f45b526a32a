namespace FoiBot.Answering.Tests;

/// <summary>The lines of an answer that are not the answer, and the periods a line names.</summary>
public sealed class AnswerLinesTests
{
    [Theory]
    [InlineData("Q.6 What is the name of the councils Monitoring Officer")]
    [InlineData("i. If the answer is yes please indicate whether this is part of a trial.")]
    [InlineData("[i] Can you please provide the sickness statistics for teaching staff.")]
    [InlineData("Please indicate whether the council’s CCTV system is on-premises or cloud-hosted")]
    [InlineData("Please find the information requested below:")]
    [InlineData("For question 5 we respond as below.")]
    [InlineData("We note that you have referenced FOIA 2000, please note we respond under FOISA 2002.")]
    [InlineData("Factors in favour of disclosure")]
    [InlineData("Received 9 May 2023")]
    [InlineData("Q3.")]
    [InlineData("For the 3-month period ending 24th January 2025, can you please provide:")]
    public void Is_NotTheAnswer_IsTrue(string sentence) => Assert.True(NonAnswers.Is(sentence));

    [Theory]
    [InlineData("A.6 Jane Smith")]
    [InlineData("Q1. No external contractor is employed to do this.")]
    [InlineData("A total of 7 media bids were made, detailed in the table below:")]
    [InlineData("2024/2025 - £2090")]
    [InlineData("No")]
    public void Is_AnswerLine_IsFalse(string sentence) => Assert.False(NonAnswers.Is(sentence));

    [Theory]
    [InlineData("in 2022/23", "2022/2023 - 189", 1.0)]
    [InlineData("in 2022-23", "2022/23 - 189", 1.0)]
    [InlineData("in 2022/23", "2021/22 - 178", -0.5)]
    [InlineData("between 2015 and 2017", "In 2015 there were 4", 0.5)]
    [InlineData("in 2019", "There were 12 in total", 0.0)]
    public void Match_PeriodsWrittenAnyWay_MatchAlike(string asked, string line, double expected) =>
        Assert.Equal(expected, AskedPeriods.Of(asked).Match(AskedPeriods.Of(line)));
}
