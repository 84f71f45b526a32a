using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// A disclosure-log page listing several requests, each under a "Request" label line with the requester's letter and
/// a "Response" label line with the council's: every request is its own exchange, salutations and all.
/// </summary>
public sealed class DisclosureLogListingTests
{
    private const string FirstEntry = """
        R1  2nd Aug 2010
        Request
        Dear Sirs,
        Please tell me how many public health funerals you arranged in 2009.
        Response
        Dear Mr H,
        We arranged 14 public health funerals in 2009.
        R2  10th Aug 2010
        Request
        Dear Sir/Madam
        """;

    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_RequestAndResponseLabelsPerEntry_PairEachRequestWithTheResponseUnderIt()
    {
        var letter = _parser.Parse($"""
            Freedom of Information Request Answers
            {FirstEntry}
            I would like to know how many parking fines were issued in 2009.
            Response
            Dear Sir,
            We issued 3,120 parking fines in 2009.
            """, "x.txt");

        Assert.Equal(
            ["Please tell me how many public health funerals you arranged in 2009.", "I would like to know how many parking fines were issued in 2009."],
            letter.Pairs.Select(p => p.Question));
        Assert.Equal(["We arranged 14 public health funerals in 2009.", "We issued 3,120 parking fines in 2009."], letter.Pairs.Select(p => p.Answer));
    }

    [Fact]
    public void Parse_LastEntryCutOffBeforeItsResponse_KeepsTheFirstResponseAndNoOtherRequestInIt()
    {
        var letter = _parser.Parse($"""
            {FirstEntry}
            I would like to know
            """, "x.txt");

        var answered = Assert.Single(letter.Pairs, p => p.Answer.Length > 0);
        Assert.Equal("Please tell me how many public health funerals you arranged in 2009.", answered.Question);
        Assert.Equal("We arranged 14 public health funerals in 2009.", answered.Answer);
    }
}
