using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>A numbered question written with a full stop and answered on the same line, in the sentence after it.</summary>
public sealed class StatedQuestionTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_QuestionEndingWithAFullStopThenItsAnswer_SplitsAtTheAnswer()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 3321
            I am writing to you in reply to your Freedom of Information Act request.
            1. To date how many schools have gone over their admission number this year. There are 36 schools.
            2. How many have accepted additional children through appeals. This information is not held by the council.
            """, "x.txt");

        Assert.Equal(["There are 36 schools.", "This information is not held by the council."], letter.Pairs.Select(p => p.Answer));
        Assert.Equal("How many have accepted additional children through appeals.", letter.Pairs[1].Question);
    }

    [Fact]
    public void Parse_QuestionColonAnswerWithASecondSentence_KeepsTheWholeAnswer()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 3322
            1. How much of the staff has access to AI tools: Copilot is available to all officers. Our HR agent is organisation wide
            2. Do you have an AI policy? Yes
            """, "x.txt");

        Assert.Equal("Copilot is available to all officers. Our HR agent is organisation wide", letter.Pairs[0].Answer);
    }
}
