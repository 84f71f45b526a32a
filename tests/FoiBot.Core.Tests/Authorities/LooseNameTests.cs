using FoiBot.Core.Authorities;

namespace FoiBot.Core.Tests.Authorities;

/// <summary>Authorities' names as people write them in provenance tables and questions.</summary>
public sealed class LooseNameTests
{
    private readonly AuthorityCatalog _catalog = AuthorityCatalog.Default;

    [Theory]
    [InlineData("Barnet Borough Council", "London Borough of Barnet")]
    [InlineData("London Borough of Wokingham", "Wokingham Borough Council")]
    [InlineData("Leeds City Council (inferred)", "Leeds City Council")]
    [InlineData("Coventry Council", "Coventry City Council")]
    [InlineData("Moray City Council", "Moray Council")]
    [InlineData("Brighton & Hove City Council", "Brighton and Hove City Council")]
    [InlineData("Northern Ireland Water Limited", "Northern Ireland Water")]
    [InlineData("The Scottish Parliament", "Scottish Parliament")]
    [InlineData("Scottish Parliamentary Corporate Body (Scottish Parliament)", "Scottish Parliament")]
    [InlineData("The States of Jersey Police", "States of Jersey Police")]
    [InlineData("States of Jersey", "Government of Jersey")]
    public void ResolveLoosely_NameWrittenAnotherWay_IsTheCatalogsAuthority(string written, string expected)
    {
        Assert.Equal(expected, _catalog.ResolveLoosely(written)?.Authority.Name);
    }

    [Theory]
    [InlineData("Moray Licensing Board", "Moray Council", "Licensing Board")]
    [InlineData("Licensing Board for Moray", "Moray Council", "Licensing Board")]
    [InlineData("Barnet Pension Fund", "London Borough of Barnet", "Pension Fund")]
    public void ResolveLoosely_PartOfABody_IsItsParentWithThePartKept(string written, string parent, string part)
    {
        var resolved = _catalog.ResolveLoosely(written);

        Assert.Equal((parent, part), (resolved?.Authority.Name, resolved?.Part));
    }

    [Theory]
    [InlineData("Narnia Borough Council")]
    [InlineData("(inferred)")]
    public void ResolveLoosely_NoSuchAuthority_IsNull(string written)
    {
        Assert.Null(_catalog.ResolveLoosely(written));
    }

    [Theory]
    [InlineData("Essex", AuthorityKinds.Fire, "Essex County Fire and Rescue Service")]
    [InlineData("Essex", AuthorityKinds.Police, "Essex Police")]
    [InlineData("Cheshire", AuthorityKinds.Fire, "Cheshire Fire and Rescue Service")]
    public void FindOfKind_PlaceAndKind_IsThatPlacesBody(string place, string kind, string expected)
    {
        Assert.Equal(expected, _catalog.FindOfKind(place, kind)?.Name);
    }

    [Fact]
    public void FindOfKind_NoBodyOfThatKindThere_IsNull()
    {
        Assert.Null(_catalog.FindOfKind("Barnet", AuthorityKinds.Fire));
    }
}
