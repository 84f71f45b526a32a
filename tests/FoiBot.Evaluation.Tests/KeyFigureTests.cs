namespace FoiBot.Evaluation.Tests;

public sealed class KeyFigureTests
{
    [Theory]
    [InlineData("29,106", "Yes. Leeds: \"We issued 29,106 penalty notices\" (ref 1, 5 Mar 2024).")]
    [InlineData("29106", "We issued 29,106 penalty notices.")]
    [InlineData("29,106", "We issued 29106 penalty notices.")]
    [InlineData("£4,250", "The contract cost 4,250 in 2023.")]
    [InlineData("4250", "The contract cost £4,250.")]
    [InlineData("1,234,567", "a total of £1,234,567.")]
    [InlineData("section 12", "Refused under Section\n 12 of the Act.")]
    [InlineData("12 cameras", "The council has 12 CAMERAS.")]
    [InlineData("12", "There are 12.")]
    public void IsShown_SameFigureAfterNormalising_IsTrue(string key, string text)
    {
        Assert.True(KeyFigure.IsShown(key, text));
    }

    [Theory]
    [InlineData("29,106", "We issued 129,106 penalty notices.")]
    [InlineData("29,106", "We issued 29,1060 penalty notices.")]
    [InlineData("29106", "We issued 29,107 penalty notices.")]
    [InlineData("12", "The rate was 12.5 per cent.")]
    [InlineData("5", "The rate was 12.5 per cent.")]
    [InlineData("4,250", "The contract cost £4,250.50.")]
    [InlineData("section 12", "Refused under section 120.")]
    [InlineData("12 cameras", "The council has 12 CCTV cameras.")]
    [InlineData("drones", "The council does not use drone cameras.")]
    public void IsShown_OtherDigitsOrPartOfALongerWord_IsFalse(string key, string text)
    {
        Assert.False(KeyFigure.IsShown(key, text));
    }

    [Fact]
    public void Normalise_DropsCurrencyAndThousandsSeparatorsOnly()
    {
        Assert.Equal("4250 and 1,5 and 3.25", KeyFigure.Normalise("£4,250  and 1,5\tand $3.25"));
    }

    [Theory]
    [InlineData("11 January 2018", "Refused. Rutland County Council: \"...\" (ref 46/18, 11 Jan 2018).")]
    [InlineData("27/12/2023", "The letter is dated 27 December 2023.")]
    [InlineData("1 December, 2017", "(ref 20171967, 1 Dec 2017)")]
    [InlineData("2014-03-07", "received on 07/03/2014")]
    public void IsShown_DateKeyWrittenAnotherWay_IsTrue(string key, string text)
    {
        Assert.True(KeyFigure.IsShown(key, text));
    }

    [Theory]
    [InlineData("11 January 2018", "(ref 46/18, 12 Jan 2018)")]
    [InlineData("27/12/2023", "The letter is dated 12 December 2023; 27 other requests were refused in 2023.")]
    [InlineData("07.03.2014", "your email of 3 July 2014")]
    public void IsShown_DateKeyAnotherDayOrNoDate_IsFalse(string key, string text)
    {
        Assert.False(KeyFigure.IsShown(key, text));
    }

    [Fact]
    public void DateOf_PartialDateOrDateInsideText_IsNotADateKey()
    {
        Assert.Null(KeyDate.Of("March 2014"));
        Assert.Null(KeyDate.Of("received on 7 March 2014"));
        Assert.Equal(new DateOnly(2014, 3, 7), KeyDate.Of("7 March 2014"));
    }
}
