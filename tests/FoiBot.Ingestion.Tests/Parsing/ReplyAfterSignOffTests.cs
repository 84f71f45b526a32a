using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>A page that prints the request as sent, signed off by the requester, and the authority's reply under a heading below it.</summary>
public sealed class ReplyAfterSignOffTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_RequesterSignOffThenResponseHeading_ReadsTheReplyAsTheAnswer()
    {
        var letter = _parser.Parse("""
            Request
            Dear Fire Service,
            I would like the number of chimney fires attended in each year from 2019 to 2023.
            Yours faithfully,
            A Requester
            Response
            Ref: FOI 301
            The Service attended 212 chimney fires over the five years.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Contains("chimney fires attended", pair.Question, StringComparison.Ordinal);
        Assert.Contains("The Service attended 212 chimney fires over the five years.", pair.Answer, StringComparison.Ordinal);
    }
}
