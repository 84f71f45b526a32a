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
}
