using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// Questions listed with their follow-on asks, then one answer that gives its counts numbered as the questions are
/// ("4 – all officers"): the counts stay in the answer, and the asks in their questions.
/// </summary>
public sealed class FiguresInAnswerTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_NumberedCountInLowerCaseUnderAnAnswer_IsPartOfTheAnswer()
    {
        var letter = _parser.Parse("""
            Enquiry Reference: 529-25
            Below is your request and our response.
            1 - How many officers have been found guilty of gross misconduct in 2025?
            Please also list the number for 2024 and 2023.
            2 - Please could you list the reasons for their dismissal.
            Case proven for Gross Misconduct:-
            2025
            4 – all officers. all dismissed
            Reasons: discreditable conduct.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Contains("Please also list the number for 2024 and 2023.", pair.Question, StringComparison.Ordinal);
        Assert.Contains("Please could you list the reasons for their dismissal.", pair.Question, StringComparison.Ordinal);
        Assert.Contains("4 – all officers. all dismissed", pair.Answer, StringComparison.Ordinal);
    }
}
