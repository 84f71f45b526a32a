using FoiBot.Core.Authorities;

namespace FoiBot.Core.Tests.Authorities;

public sealed class AuthorityCatalogUnrecognisedNamesTests
{
    private static readonly AuthorityCatalog s_catalog = AuthorityCatalog.Default;

    [Theory]
    [InlineData("How much does Narnia Borough Council spend on CCTV?", "Narnia Borough Council")]
    [InlineData("Did Gotham City Council reply?", "Gotham City Council")]
    [InlineData("What does the Council of Atlantis hold?", "Council of Atlantis")]
    [InlineData("Ask the London Borough of Narnia.", "London Borough of Narnia")]
    [InlineData("Send it to Gotham Police", "Gotham Police")]
    [InlineData("Mordor County Council and Rohan District Council", "Mordor County Council")]
    [InlineData("Does Narnia Council use drones?", "Narnia Council")]
    [InlineData("Is Narnia upon Sea Town Council open?", "Narnia upon Sea Town Council")]
    [InlineData("Do Gotham Town Council's officers wear body cameras?", "Gotham Town Council")]
    [InlineData("How many vans are in Narnia Police's fleet?", "Narnia Police")]
    public void FindUnrecognisedNames_NameShapedPhraseNotInCatalog_ReturnsItAsWritten(string text, string expected)
    {
        Assert.Equal(expected, s_catalog.FindUnrecognisedNames(text)[0]);
    }

    [Fact]
    public void FindUnrecognisedNames_SeveralUnknowns_ReturnsEachOnceInTextOrder()
    {
        var found = s_catalog.FindUnrecognisedNames("Mordor County Council, Rohan District Council and Mordor County Council again.");

        Assert.Equal(["Mordor County Council", "Rohan District Council"], found);
    }

    [Fact]
    public void FindUnrecognisedNames_PossessiveHeadBeforeAnotherName_EndsTheFirstName()
    {
        var found = s_catalog.FindUnrecognisedNames("Did Mordor Council's Gondor Police team reply?");

        Assert.Equal(["Mordor Council", "Gondor Police"], found);
    }

    [Theory]
    [InlineData("Does the council use CCTV?")]
    [InlineData("The City Council, Your Council and Our Council replied.")]
    [InlineData("The Parish Council and the Town Council disagree.")]
    [InlineData("Does Barnet Council use CCTV?")]
    [InlineData("Does Barnet council use CCTV?")]
    [InlineData("Coventry City Council, Wokingham Borough Council and Devon County Council")]
    [InlineData("Durham Police and Thames Valley Police")]
    [InlineData("Which Council owns it? What Council is that?")]
    [InlineData("FOI Request - Mould and Damp in Council Homes")]
    [InlineData("the Metropolitan Police and the City of London")]
    [InlineData("")]
    public void FindUnrecognisedNames_KnownOrGenericPhrases_ReturnsEmpty(string text)
    {
        Assert.Empty(s_catalog.FindUnrecognisedNames(text));
    }
}
