using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>A numbered question whose last words fall to the next line ("... at the end of 31st" / "May 2015?").</summary>
public sealed class WrappedQuestionTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_QuestionEndingOnTheNextLine_IsOneQuestionAndNotItsAnswer()
    {
        var letter = _parser.Parse("""
            FOI 11402
            1. How many charging points did the council install?
            2. How many charging points did the council control at the end of 31st
            May 2015?
            3. How much did the council spend on promoting them?

            The council has installed no charging points, so the questions above do not apply.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Contains("at the end of 31st May 2015?", pair.Question, StringComparison.Ordinal);
        Assert.Equal("The council has installed no charging points, so the questions above do not apply.", pair.Answer);
    }
}
