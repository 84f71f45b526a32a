using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>Questions and answers labelled in turn: "Question: 1." / "Answer:", "Q.1" / "A.1".</summary>
public sealed class QuestionAnswerLabelTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_QuestionColonNumberAndAnswerColon_PairsEachQuestionWithItsAnswer()
    {
        var letter = _parser.Parse("""
            Our Ref: 4410
            I write in response to your request for information.
            Question: 1. How many wards does the hospital have
            Answer: The hospital has 32 wards.
            Question: 2. How many beds are there
            Answer: There are 640 beds.
            """, "x.txt");

        Assert.Equal(["1", "2"], letter.Pairs.Select(p => p.Number));
        Assert.Equal(["The hospital has 32 wards.", "There are 640 beds."], letter.Pairs.Select(p => p.Answer));
        Assert.Equal("How many beds are there", letter.Pairs[1].Question);
    }

    [Fact]
    public void Parse_QDotAndADotLabels_PairEachQuestionWithItsAnswerWithoutTheLabel()
    {
        var letter = _parser.Parse("""
            Reference Number: 7720
            Q.1     How many staff are trained to make applications?
            A.1     Five.
            Q.2     Did you commission any courses in 2019?
            A.2     No
            Q.2a    How many sessions of each course?
            Q.3     When was your last inspection?
            A.3     6th June 2017
            """, "x.txt");

        Assert.Equal(["Five.", "No", "6th June 2017"], letter.Pairs.Where(p => p.Answer.Length > 0).Select(p => p.Answer));
        Assert.Equal("How many sessions of each course?", letter.Pairs.Single(p => p.Number == "2a").Question);
    }
}
