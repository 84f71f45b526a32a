using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>An unnumbered question standing above parts numbered "1a)", "1b)": it is question 1.</summary>
public sealed class ImplicitParentQuestionTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_QuestionAboveLetteredParts_IsQuestionOne()
    {
        var letter = _parser.Parse("""
            Reference FOI 26-101
            Information Requested
            What were the longest ambulance waits in 2024?
            1a) If possible, by age of patient.
            2. What was the average wait in 2024?
            Response
            1. The longest wait was 9 hours.
            2. The average wait was 31 minutes.
            """, "x.txt");

        Assert.Equal("What were the longest ambulance waits in 2024?\na) If possible, by age of patient.", letter.Pairs[0].Question);
        Assert.Equal("The longest wait was 9 hours.", letter.Pairs[0].Answer);
    }
}
