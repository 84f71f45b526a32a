using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>In a numbered response, an answer that names its question ("For question 3 we respond as below.") instead of numbering it.</summary>
public sealed class NumberedAnswerNamingQuestionTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_AnswerNamingItsQuestion_AnswersThatQuestion()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 7304
            You asked:
            1. Does the force use facial recognition?
            2. How many searches were made?
            3. How many requests were made to social media companies?
            Response
            1. Yes
            2. 1791 searches.
            For question 3 we respond as below.
            The force can neither confirm nor deny that it holds this information.
            """, "x.txt");

        Assert.Equal("1791 searches.", letter.Pairs[1].Answer);
        Assert.Contains("neither confirm nor deny", letter.Pairs[2].Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("neither confirm nor deny", letter.Pairs[1].Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("With regards to question 2, we respond as below.")]
    [InlineData("In respect of question 2, we respond as below.")]
    public void Parse_OtherWordingsNamingTheQuestion_AnswerThatQuestion(string naming)
    {
        var letter = _parser.Parse($"""
            Our ref: FOI 7305
            You asked:
            1. Does the force use drones?
            2. How many drones does it own?
            Response
            1. Yes
            {naming}
            The force owns four drones.
            """, "x.txt");

        Assert.Contains("The force owns four drones.", letter.Pairs[1].Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("four drones", letter.Pairs[0].Answer, StringComparison.Ordinal);
    }
}
