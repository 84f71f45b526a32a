using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// A request that introduces a list with a colon and asks again below it: the list is the request's, not an answer,
/// unless the lines under the colon answer ("Yes – ...").
/// </summary>
public sealed class ListedRequestTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_ListUnderAColonThenAnotherAsk_IsOneRequestAnsweredBelow()
    {
        var letter = _parser.Parse("""
            Reference 2011/90
            Please could you advise the agency spend for the following periods:
            2019 (January to December)
            2020 (January to December)
            Please outline any framework agreement in place for agency staff.
            The Trust is handling your request under the Act.
            I apologise for the delay. The spend for each period is in the attached report.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.StartsWith("Please could you advise the agency spend for the following periods:\n2019", pair.Question, StringComparison.Ordinal);
        Assert.EndsWith("Please outline any framework agreement in place for agency staff.", pair.Question, StringComparison.Ordinal);
        Assert.Contains("The spend for each period is in the attached report.", pair.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnswerUnderAColonEndedQuestion_StaysItsAnswer()
    {
        var letter = _parser.Parse("""
            Information Request FOI/2018/99
            You have asked the council for the following information:-
            Please send me:
            Does anyone in your organisation wear body cameras while on duty?
            If yes, please detail:
            Yes – two enforcement officers
            Who provides the body cameras used by your organisation?
            A local supplier.
            """, "x.txt");

        Assert.Equal(2, letter.Pairs.Count);
        Assert.Equal("Yes – two enforcement officers", letter.Pairs[0].Answer);
        Assert.Equal("A local supplier.", letter.Pairs[1].Answer);
    }
}
