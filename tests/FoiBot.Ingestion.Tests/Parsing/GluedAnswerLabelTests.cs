using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// "Q1 / ... A1 / ..." letters taken from a PDF: the answer's label glued to the end of the question's line, and the
/// next question resuming after a page of review rights and addresses.
/// </summary>
public sealed class GluedAnswerLabelTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_AnswerLabelGluedToTheQuestion_SplitsAtTheLabelWithTheQuestionsNumber()
    {
        var letter = _parser.Parse("""
            Freedom of Information request NUH 23975
            Information requested:
            Q1 / Please supply a copy of the latest Workforce StrategyA1 / We do not have a Workforce Strategy.
            Q2 / Please supply a copy of the 2015/16 Annual Operating Plan
            A2 / This document is still in preparation.
            """, "x.txt");

        Assert.Equal(["Please supply a copy of the latest Workforce Strategy", "Please supply a copy of the 2015/16 Annual Operating Plan"], letter.Pairs.Select(p => p.Question));
        Assert.Equal(["We do not have a Workforce Strategy.", "This document is still in preparation."], letter.Pairs.Select(p => p.Answer));
    }

    [Fact]
    public void Parse_NextQuestionAfterTwentyLinesOfReviewRights_IsStillRead()
    {
        var addresses = string.Join("\n", Enumerable.Range(1, 18).Select(i => $"Address line {i}"));
        var letter = _parser.Parse($"""
            Freedom of Information request NUH 23975
            Information requested:
            Q1 / Please supply a copy of the latest Workforce Strategy
            A1 / We do not have a Workforce Strategy.
            If you are unhappy with the response you have received, you should write to:
            {addresses}
            Q2 / Please supply a copy of the 2015/16 Annual Operating Plan
            A2 / This document is still in preparation.
            """, "x.txt");

        Assert.Equal("This document is still in preparation.", letter.Pairs[^1].Answer);
    }
}
