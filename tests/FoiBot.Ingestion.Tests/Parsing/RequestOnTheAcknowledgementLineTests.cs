using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>A prose letter that gives the request after a colon on the acknowledgement's own line: "You asked for: ...", "You requested: ...".</summary>
public sealed class RequestOnTheAcknowledgementLineTests
{
    private readonly LetterParser _parser = new();

    [Theory]
    [InlineData("You asked for: the number of prisoners released in error in 2023.")]
    [InlineData("You requested: the number of prisoners released in error in 2023.")]
    public void Parse_RequestAfterTheColon_IsTheQuestionAndNotTheAnswer(string acknowledgement)
    {
        var letter = _parser.Parse($"""
            Reference: 101417
            Dear Mr Jones
            Thank you for your request dated 4 January 2024.
            {acknowledgement}
            The number of prisoners released in error in 2023 was 115.
            Yours sincerely
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("the number of prisoners released in error in 2023", pair.Question);
        Assert.Equal("The number of prisoners released in error in 2023 was 115.", pair.Answer);
    }
}
