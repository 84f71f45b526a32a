using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>What stands above the salutation and right under it (the letterhead, a "Re:" subject, the law named as a heading) is no answer.</summary>
public sealed class LetterheadTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_DoubleSpacedLetterhead_StaysOutOfTheAnswer()
    {
        var letterhead = string.Join("\n\n", Enumerable.Range(1, 22).Select(i => $"Letterhead line {i}"));
        var letter = _parser.Parse($"""
            {letterhead}

            Our Ref: JCW/036010

            Dear Mr Grey

            I write further to your email in which you asked for the cost of the new bridge.

            The bridge cost £2.4 million.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("the cost of the new bridge", pair.Question);
        Assert.DoesNotContain("Letterhead", pair.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Re: Internal Review of your request about incident reports")]
    [InlineData("Freedom of Information Act 2000 (FOIA) - Review")]
    public void Parse_SubjectHeadingUnderTheSalutation_IsNotPartOfTheAnswer(string heading)
    {
        var letter = _parser.Parse($"""
            Our Ref: 177010
            Dear Mr Hale
            {heading}
            I have concluded that the blank pages in the reports were not due to withheld information.
            """, "x.txt");

        Assert.Equal("I have concluded that the blank pages in the reports were not due to withheld information.", Assert.Single(letter.Pairs).Answer);
    }
}
