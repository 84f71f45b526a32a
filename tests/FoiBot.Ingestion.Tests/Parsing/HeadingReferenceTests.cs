using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>References carried in a letter's or a disclosure-log page's heading rather than after a label.</summary>
public sealed class HeadingReferenceTests
{
    private readonly LetterParser _parser = new();

    [Theory]
    [InlineData("FOI 11611\n\nElectric vehicles\nYou asked how many charging points we installed.", "FOI 11611")]
    [InlineData("FI16402\nRequest\nPlease provide our pest control spend.", "FI16402")]
    [InlineData("FOI / 3896 / 2018 - On-call appliances\nYou asked about appliances.", "FOI / 3896 / 2018")]
    [InlineData("FOI_24-312 Plagiarism tools\nYou asked which tools we use.", "FOI_24-312")]
    [InlineData("Body cameras (1234/21)\nYou asked whether officers wear cameras.", "1234/21")]
    public void Parse_ReferenceInTheHeading_IsTheLettersReference(string text, string expected)
    {
        Assert.Equal(expected, _parser.Parse(text, "x.txt").Reference);
    }

    [Fact]
    public void Parse_LabelledReferenceAndAHeadingOne_TheLabelledOneIsTaken()
    {
        Assert.Equal("5576276", _parser.Parse("FOI 11611\nOur ref: 5576276\nNot used.", "x.txt").Reference);
    }

    [Fact]
    public void Parse_FormFieldReferenceFollowedByTheTitle_KeepsTheReferenceAlone()
    {
        var letter = _parser.Parse("Freedom of Information Request\nReference\nFOI 25-198 Call Category Response Times\nResponse Date\n29 May 2025\nInformation Requested\nHow many calls?", "x.txt");

        Assert.Equal("FOI 25-198", letter.Reference);
    }

    [Fact]
    public void Parse_NumberLaterInTheLetter_IsNotTakenForAHeadingReference()
    {
        Assert.Null(_parser.Parse("Dear Sir\nThank you for your request.\nWe hold records for 2019.\nFOI 12345 was answered last year.", "x.txt").Reference);
    }
}
