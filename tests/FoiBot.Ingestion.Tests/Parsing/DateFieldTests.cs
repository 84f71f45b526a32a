using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>Disclosure-log date fields ("Request Date2 August 2016", "Date of decision" / "21/01/26") around questions and answers.</summary>
public sealed class DateFieldTests
{
    private readonly LetterParser _parser = new();

    [Theory]
    [InlineData("Request Date2 August 2016")]
    [InlineData("Received 9 May 2023")]
    [InlineData("Date Received : 01/09/2025")]
    [InlineData("Request Date: 28/05/2020 Archived")]
    [InlineData("Date of decision\n21/01/26")]
    [InlineData("Date request received\n07/01/26")]
    [InlineData("Released Date\n15 September 2016")]
    public void Parse_DateFieldAfterAnAnswer_IsNotPartOfIt(string field)
    {
        var letter = _parser.Parse($"""
            Our ref: FOI 7303
            Request:
            1. Does the council use drones?
            2. How many drones does it own?
            Response:
            1. Yes.
            2. Two.
            {field}
            """, "x.txt");

        Assert.Equal(["Yes.", "Two."], letter.Pairs.Select(p => p.Answer));
    }

    [Fact]
    public void Parse_ReleasedDateField_IsTheResponseDate()
    {
        var letter = _parser.Parse("Our ref: FOI 7305\nReleased Date\n15 September 2016\nRequest:\n1. Does the council use drones?\nResponse:\n1. Yes.", "x.txt");

        Assert.Equal(new DateOnly(2016, 9, 15), letter.ResponseDate);
    }

    [Fact]
    public void Parse_EmptyListItemsAroundAnswers_AreDropped()
    {
        var letter = _parser.Parse("Our ref: FOI 7306\n-\nRequest:\n1. Does the council use drones?\nResponse:\n1. Yes.\n-\n–", "x.txt");

        Assert.Equal("Yes.", Assert.Single(letter.Pairs).Answer);
    }
}
