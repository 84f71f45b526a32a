using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>Numbered questions run together on one line: a web form's "Question1. ... Question2. ...", or a whole letter in one block.</summary>
public sealed class RunOnNumberingTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_QuestionLabelsRunTogetherInTheRequest_AreQuestionsOfTheirOwn()
    {
        var letter = _parser.Parse("""
            Case reference FOI2026/00174
            Request
            Question1. What was the average void period for council homes last year? Question2. Please provide the median void period for Question1 Question3. How many homes were never re-let?
            Response
            What was the average void period for council homes last year?
            97 days
            Please provide the median void period for Question1
            83 days
            How many homes were never re-let?
            1
            """, "x.txt");

        Assert.Equal(["97 days", "83 days", "1"], letter.Pairs.Select(p => p.Answer));
        Assert.Equal("Please provide the median void period for Question1", letter.Pairs[1].Question);
    }

    [Fact]
    public void Parse_WholeLetterInOneBlock_ReadsItsNumberedQuestionsAndTheAnswerAfterThem()
    {
        var letter = _parser.Parse(
            "Our Ref No: NBC3962 Date: 29th October 2015 Dear Ms Jones, I am writing to respond to your request for information received by email on 30/09/2015 which has been dealt with under the Freedom of Information Act 2000. "
            + "In response to your request for information on public health funerals, the Council responds to your questions as follows: 1) How many public health funerals has this local authority arranged each year? "
            + "2) How much money has this local authority spent on public health funerals each year? Financial Year Number Total Cost 2013/2014 29 21,367.20 2014/2015 16 25,010 Recovery is ongoing.",
            "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Contains("How many public health funerals has this local authority arranged each year?", pair.Question, StringComparison.Ordinal);
        Assert.Contains("How much money has this local authority spent", pair.Question, StringComparison.Ordinal);
        Assert.StartsWith("Financial Year Number Total Cost", pair.Answer, StringComparison.Ordinal);
    }
}
