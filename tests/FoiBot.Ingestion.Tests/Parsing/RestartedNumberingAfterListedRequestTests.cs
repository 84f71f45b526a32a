using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// A request introduced as a list ("The information requested is as follows;") with its questions numbered 1, 2, 3
/// and the answers numbered 1, 2, 3 again below them, with bare numbers ("1 How many ...") or dotted ones.
/// </summary>
public sealed class RestartedNumberingAfterListedRequestTests
{
    private readonly LetterParser _parser = new();

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    public void Parse_ListedQuestionsThenAnswersNumberedAgain_PairByNumber(string dot)
    {
        var letter = _parser.Parse($"""
            Ref: FOI 2013/44
            Dear Ms Sinclair,
            I am writing to confirm that we have now completed the search for the information you requested.
            The information requested is as follows;
            1{dot} How many one bedroom properties are available to let this week?
            2{dot} How many people are on the waiting list for one bedroom properties?
            1{dot} There are 5 one bedroom properties available this week.
            2{dot} There are 614 applicants on the waiting list.
            If you feel that the information we have provided does not fully meet your request, please contact us.
            Yours sincerely,
            """, "x.txt");

        Assert.Equal(["How many one bedroom properties are available to let this week?", "How many people are on the waiting list for one bedroom properties?"], letter.Pairs.Select(p => p.Question));
        Assert.Equal(["There are 5 one bedroom properties available this week.", "There are 614 applicants on the waiting list."], letter.Pairs.Select(p => p.Answer));
    }
}
