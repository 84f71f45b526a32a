using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>A reply that reproduces each question and writes the answer on the same line after it ("...? – 475").</summary>
public sealed class EchoedQuestionInlineAnswerTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_EchoedQuestionWithAnswerOnItsLine_SplitsTheAnswerFromTheQuestion()
    {
        var letter = _parser.Parse("""
            Dear Council,
            1. How many parking fines did your council issue in 2018 for idling engines?
            2. How much is the fine for idling?
            Yours faithfully,
            A Requester

            Dear Requester
            Your request has been reproduced below:
            1. How many parking fines did your council issue in 2018 for idling engines? – 31 Please note this counts fines paid and unpaid.
            2. How much is the fine for idling? – £20, rising to £40 if unpaid.
            Yours sincerely
            """, "x.txt");

        Assert.Equal(2, letter.Pairs.Count);
        Assert.Equal("How many parking fines did your council issue in 2018 for idling engines?", letter.Pairs[0].Question);
        Assert.StartsWith("– 31 Please note", letter.Pairs[0].Answer, StringComparison.Ordinal);
        Assert.Equal("How much is the fine for idling?", letter.Pairs[1].Question);
        Assert.Equal("– £20, rising to £40 if unpaid.", letter.Pairs[1].Answer);
    }
}
