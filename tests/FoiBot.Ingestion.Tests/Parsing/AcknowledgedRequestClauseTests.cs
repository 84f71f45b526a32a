using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>"With reference to your request dated ..., you requested all information ...": the request stated in the acknowledging sentence is the question.</summary>
public sealed class AcknowledgedRequestClauseTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_RequestStatedAfterTheReferenceToIt_IsTheQuestion()
    {
        var letter = _parser.Parse("""
            30th October 2015
            Dear Mr Buck,
            Re: Freedom of Information Request – Incidents Involving Firearms
            With reference to your Freedom of Information request dated 17th October 2015, you requested all information the Service holds about incidents involving firearms.
            I can confirm that the Service holds such information but has decided to withhold it under section 24(1).
            Yours sincerely
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("all information the Service holds about incidents involving firearms", pair.Question);
        Assert.StartsWith("I can confirm that the Service holds such information", pair.Answer, StringComparison.Ordinal);
    }
}
