using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>An answer that repeats a question word for word: inside the answer's paragraph, or under the last answer.</summary>
public sealed class RestatedQuestionTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_AnswerParagraphRepeatingTheQuestion_KeepsOnlyTheAnswer()
    {
        var letter = _parser.Parse("""
            Record Ref : FOI 11001
            Question
            Please identify the statutory authority that makes reorganisation mandatory for this council. Please confirm whether the decision was taken by Full Council or by Cabinet.
            Answer
            Please identify the statutory authority that makes reorganisation mandatory for this council. The council is not involved in reorganisation. Please confirm whether the decision was taken by Full Council or by Cabinet. No decision has been taken.
            """, "x.txt");

        Assert.Equal("The council is not involved in reorganisation. No decision has been taken.", Assert.Single(letter.Pairs).Answer);
    }

    [Fact]
    public void Parse_RequestPrintedAgainUnderTheLastAnswer_IsNotPartOfIt()
    {
        var letter = _parser.Parse("""
            FOI request (FOIR-1100)
            Please could you provide the following information:
            - Does the council employ a contractor to issue fixed penalty notices?
            - Please state the income received from fixed penalty notices in 2024.
            Response
            Q1. No contractor is employed.
            Q2. £2,090
            - Does the council employ a contractor to issue fixed penalty notices?
            """, "x.txt");

        Assert.Equal(["No contractor is employed.", "£2,090"], letter.Pairs.Select(p => p.Answer));
    }
}
