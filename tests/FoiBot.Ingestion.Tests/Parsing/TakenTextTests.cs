using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>A line is held by the taken text when all of it stands there, wherever the pair wrapped it.</summary>
public sealed class TakenTextTests
{
    private readonly TakenText _taken = new("howmanyemptyhomesarethereinthedistricttherearethreehundredandtwelveemptyhomes");

    [Theory]
    [InlineData("howmanyemptyhomesarethere", true)]
    [InlineData("therearethreehundredandtwelveemptyhomes", true)]
    [InlineData("inthedistricttherearethree", true)]
    [InlineData("thecouncilalsoletsfortyhomes", false)]
    [InlineData("howmanyemptyhomesarethereinwales", false)]
    public void Holds_LineWhollyInTheTakenText_IsHeld(string words, bool held) => Assert.Equal(held, _taken.Holds(words));

    [Fact]
    public void IsShort_LineUnderAWindow_CannotBeTold() => Assert.True(TakenText.IsShort("yes"));
}
