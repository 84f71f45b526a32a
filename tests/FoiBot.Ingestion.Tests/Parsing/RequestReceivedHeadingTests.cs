using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// Disclosure logs that head each request "Request received" (alone or with its date) and its reply "Our response":
/// the headings divide question from answer and are part of neither.
/// </summary>
public sealed class RequestReceivedHeadingTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_RequestReceivedWithItsDateThenOurResponse_SplitTheRequestFromTheAnswer()
    {
        var letter = _parser.Parse("""
            FOI release

            Case reference FOI2023/00715

            Request received: 20 September 2023

            Please provide the energy usage and cost of each of your buildings for the last year.

            Our response

            Full details of this response are provided in the attached document.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("Please provide the energy usage and cost of each of your buildings for the last year.", pair.Question);
        Assert.Equal("Full details of this response are provided in the attached document.", pair.Answer);
    }

    [Fact]
    public void Parse_LogOfRequestReceivedAndOurResponseBlocks_PairsEachBlocksNumberedItems()
    {
        var letter = _parser.Parse("""
            In January 2022 we received 2 FOI requests.

            FOI 90160. Admissions. Date requested 17 January 2021

            Request received

              1. How many admissions were there last year?
              2. How many of them were repeat admissions?

            Our response

              1. 1,956 admissions
              2. 245 repeat admissions

            FOI 90120. Applications. Date requested 11 January 2021

            Request received

              1. How many funding applications were made in 2021?
              2. How many were rejected?

            Our response

              1. 2,062 applications
              2. 213 rejected
            """, "x.txt");

        Assert.Equal(
            [("How many admissions were there last year?", "1,956 admissions"), ("How many of them were repeat admissions?", "245 repeat admissions"),
             ("How many funding applications were made in 2021?", "2,062 applications"), ("How many were rejected?", "213 rejected")],
            letter.Pairs.Select(p => (p.Question, p.Answer.Split('\n')[0])));
    }
}
