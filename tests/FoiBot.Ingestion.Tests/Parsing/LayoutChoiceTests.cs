using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>When a response could be read as echoed questions or as numbered answers, the reading that answers more questions wins.</summary>
public sealed class LayoutChoiceTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_NumberedAnswersWithTheFirstQuestionRepeatedBelow_ReadsTheAnswersByNumber()
    {
        var letter = _parser.Parse("""
            FOI request (FOIR-1101)
            Please could you provide the following information:
            - Does the council employ a contractor to issue fixed penalty notices?
            - Please state the number of fixed penalty notices issued in 2024.
            Response
            Q1. No contractor is employed.
            Q2. 31 notices.
            - Does the council employ a contractor to issue fixed penalty notices?
            """, "x.txt");

        Assert.Equal(["1", "2"], letter.Pairs.Select(p => p.Number));
        Assert.Equal("No contractor is employed.", letter.Pairs[0].Answer);
        Assert.Equal("Please state the number of fixed penalty notices issued in 2024.", letter.Pairs[1].Question);
    }
}
