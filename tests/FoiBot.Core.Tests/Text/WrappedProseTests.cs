using FoiBot.Core.Text;

namespace FoiBot.Core.Tests.Text;

/// <summary>Sentences of text wrapped at a fixed width, as a PDF's text comes: the lines of one sentence are joined.</summary>
public sealed class WrappedProseTests
{
    [Fact]
    public void Sentences_LinesGoingOnInLowerCase_AreOneSentence()
    {
        var sentences = WrappedProse.Sentences("For the year 2018/19 there\nwere 187 crimes and 44 non crime\noccurrences recorded as a religious hate\ncrime. To review each report would take too long.");

        Assert.Equal(["For the year 2018/19 there were 187 crimes and 44 non crime occurrences recorded as a religious hate crime.", "To review each report would take too long."], sentences);
    }

    [Fact]
    public void Sentences_LineEndingOnAWordNoSentenceEndsWith_GoesOnOverTheCapital()
    {
        var sentences = WrappedProse.Sentences("This request is being refused under\nSection 12(1) of the FOIA.");

        Assert.Equal(["This request is being refused under Section 12(1) of the FOIA."], sentences);
    }

    [Fact]
    public void Sentences_DateSplitBetweenMonthAndYear_IsOneSentence()
    {
        var sentences = WrappedProse.Sentences("Thank you for your request for information received on the 30 January\n2015.  Your request reference is as above.");

        Assert.Equal("Thank you for your request for information received on the 30 January 2015.", sentences[0]);
    }

    [Theory]
    [InlineData("Post Office has refused your request because it falls within section\n14(1) of the FOIA.", "Post Office has refused your request because it falls within section 14(1) of the FOIA.")]
    [InlineData("The total number of reported hate crimes for each year from 1st\nJanuary 2013 to 31st May 2019.", "The total number of reported hate crimes for each year from 1st January 2013 to 31st May 2019.")]
    public void Sentences_LineEndingOnAWordWhoseNumberOrMonthFollows_IsOneSentence(string text, string sentence)
    {
        Assert.Equal([sentence], WrappedProse.Sentences(text));
    }

    [Fact]
    public void Sentences_ListsHeadingsAndTableRows_KeepTheirLines()
    {
        var sentences = WrappedProse.Sentences("Date of incident\nTime of day incident reported\n2022/23 - 17 incidents\n2023/24 - 21 incidents");

        Assert.Equal(4, sentences.Count);
    }

    [Fact]
    public void Sentences_ShortLineWithoutAStop_IsNotJoined()
    {
        var sentences = WrappedProse.Sentences("Income received\nfrom parking fines: £2,090");

        Assert.Equal(["Income received", "from parking fines: £2,090"], sentences);
    }

    [Fact]
    public void OccursIn_QuoteOfJoinedLines_IsFoundInTheWrappedText()
    {
        Assert.True(QuotedSpan.OccursIn("refused under Section 12(1) of the FOIA.", "This request is being refused under\nSection 12(1) of the FOIA."));
        Assert.False(QuotedSpan.OccursIn("refused under Section 14", "This request is being refused under\nSection 12(1) of the FOIA."));
    }
}
