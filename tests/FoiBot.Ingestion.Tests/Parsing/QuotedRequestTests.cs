using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>The request quoted at the head of the letter: the closing quote mark ends it and the response follows, with no heading.</summary>
public sealed class QuotedRequestTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_QuotedRequestThenProse_AnswersTheQuotedRequest()
    {
        var letter = _parser.Parse("""
            Reference number: FOI2015/00100
            Dear Mr Reed,
            You requested the following information:
            “Please could you provide the number of level crossing failures
            recorded at Egham since January 2014.”
            The attached spreadsheet lists 12 failures since January 2014.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("Please could you provide the number of level crossing failures recorded at Egham since January 2014.", pair.Question);
        Assert.Equal("The attached spreadsheet lists 12 failures since January 2014.", pair.Answer);
    }

    [Fact]
    public void Parse_NumberedOptionsUnderAQuotedAsk_KeepTheAskInTheQuestion()
    {
        var letter = _parser.Parse("""
            Reference number: FOI2015/00101
            You requested the following information:
            “Please could you provide data for recorded incidents at the following level crossings:
            1) Egham (Crossing ID 2205)
            2) Pooley Green (Crossing ID 2204)”
            We hold the information you requested. Please see the attached documents.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.StartsWith("Please could you provide data for recorded incidents at the following level crossings:", pair.Question, StringComparison.Ordinal);
        Assert.Contains("Pooley Green (Crossing ID 2204)", pair.Question, StringComparison.Ordinal);
        Assert.Equal("We hold the information you requested. Please see the attached documents.", pair.Answer);
    }
}
