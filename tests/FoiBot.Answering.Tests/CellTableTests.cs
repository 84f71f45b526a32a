using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>A table copied one cell to a line is read back into rows and columns for the period asked.</summary>
public sealed class CellTableTests
{
    [Fact]
    public void Answer_CellsOnePerLineWithPipes_QuotesTheRowAtTheYearAsked()
    {
        using var letter = new OneLetterIndex(Pair(
            "The number of complaints logged against officers by year from 2018, by category.",
            "2018 |\n2019 |\n2020 |\n2021 |\n2022 |\nComplaint investigations |\n526 |\n461 |\n650 |\n712 |\n820 |\nMisconduct hearings |\n12 |\n9 |\n14 |\n11 |\n15 |"));

        var answer = letter.Engine.Answer("How many complaint investigations did Barnet log in 2022?");

        Assert.Equal("Complaint investigations, 2022: 820", Assert.Single(answer.Citations).Quote);
    }

    [Fact]
    public void Answer_HeadingsWithPrefixAndValuesWrappedTwoToALine_QuotesTheRowAtTheYearAsked()
    {
        using var letter = new OneLetterIndex(Pair(
            "The number of patients admitted to each hospital in the Trust in 2018, 2019 and 2020.",
            "Sum of Admissions\nHospital on Admission\nY2018 Y2019\nY2020\nTotal\nCITY HOSPITAL\n11977 12165\n5021\n29163\nCHILDREN'S HOSPITAL\n6677\n6658\n5187\n18522"));

        var answer = letter.Engine.Answer("How many patients were admitted to Barnet's children's hospital in 2019?");

        Assert.Equal("CHILDREN'S HOSPITAL, 2019: 6658", Assert.Single(answer.Citations).Quote);
    }

    [Fact]
    public void Answer_NoPeriodAsked_QuotesAsBefore()
    {
        using var letter = new OneLetterIndex(Pair(
            "The number of complaints logged against officers by year.",
            "2018 |\n2019 |\nComplaint investigations |\n526 |\n461 |"));

        var answer = letter.Engine.Answer("How many complaint investigations did Barnet log?");

        Assert.DoesNotContain(", 2018:", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }
}
