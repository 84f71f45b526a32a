using FoiBot.Core;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>Details of real letters outside the corpus that the parser once read wrongly, each reduced to a few lines.</summary>
public sealed class LetterDetailRegressionTests
{
    private readonly LetterParser _parser = new();

    [Theory]
    [InlineData("2. a) & b) 6 hours a day", "a) & b) 6 hours a day")]
    [InlineData("2(a) and (b) 6 hours a day", "a) & b) 6 hours a day")]
    [InlineData("2.a)-b) 6 hours a day", "a)-b) 6 hours a day")]
    [InlineData("2(a) 6 hours a day", "a) 6 hours a day")]
    public void Parse_LetteredPartsAnsweredTogether_KeepEveryLetterInTheAnswer(string answerLine, string expected)
    {
        var letter = _parser.Parse($"""
            Request 2024/118
            1. How many parks have toilets?
            2. For each park:
            a. How long are the toilets open?
            b. How long is the shortest opening?
            Response 03-02-2025
            1. 12
            {answerLine}
            """, "x.txt");

        Assert.Equal(expected, letter.Pairs[1].Answer);
    }

    [Fact]
    public void Parse_TitleUnderADatedFormField_IsTheSubject()
    {
        var letter = _parser.Parse("""
            Last updated:

            12th May 2025

            Allotment waiting lists

            Request ID
            30418
            Date Received

            1. How many people are on the allotment waiting list?
            212
            """, "x.txt");

        Assert.Equal("Allotment waiting lists", letter.Subject);
    }

    [Fact]
    public void Parse_ReviewMeetingNarrative_IsNotTheAnswer()
    {
        var letter = _parser.Parse("""
            Request 101009900112
            I would like to appeal your refusal to tell me the cost of the new bridge.
            Response 11-03-2024
            Following your request for a review, a review meeting was held on 4th March 2024. In attendance were the Head of Legal Services and the Information Governance Manager.
            Your FOI Request from 2nd February 2024 was discussed.
            It was confirmed that the council does not hold a final cost. Estimating it from the invoices would exceed the cost limit in Section 12 of the Freedom of Information (Scotland) Act 2002.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.StartsWith("It was confirmed that the council does not hold a final cost.", pair.Answer, StringComparison.Ordinal);
        Assert.Equal(Outcome.Refused, pair.Outcome);
        Assert.Equal(["FOISA s12"], pair.Exemptions);
    }
}
