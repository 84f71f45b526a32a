using FoiBot.Core.Authorities;

namespace FoiBot.Core.Tests.Authorities;

public sealed class AuthorityCatalogResolveTests
{
    private static readonly AuthorityCatalog s_catalog = AuthorityCatalog.Default;

    [Theory]
    [InlineData("London Borough of Barnet")]
    [InlineData("LB of Barnet")]
    [InlineData("london borough of barnet")]
    [InlineData("LONDON BOROUGH OF BARNET")]
    [InlineData("Barnet London Borough Council")]
    [InlineData("Barnet Council")]
    [InlineData("Barnet council")]
    [InlineData("council of Barnet")]
    [InlineData("Barnet")]
    [InlineData("  London   Borough\nof  Barnet ")]
    [InlineData("The London Borough of Barnet")]
    public void Resolve_NameAliasOrPlaceOfBarnet_ReturnsBarnet(string input)
    {
        Assert.Equal("London Borough of Barnet", s_catalog.Resolve(input)?.Name);
    }

    [Theory]
    [InlineData("The Moray Council", "Moray Council")]
    [InlineData("the moray council", "Moray Council")]
    [InlineData("Moray", "Moray Council")]
    [InlineData("Coventry Council", "Coventry City Council")]
    [InlineData("coventry city council", "Coventry City Council")]
    [InlineData("Devon", "Devon County Council")]
    [InlineData("Wokingham", "Wokingham Borough Council")]
    [InlineData("TfL", "Transport for London")]
    [InlineData("Devon & Cornwall Police", "Devon and Cornwall Police")]
    [InlineData("Brighton & Hove City Council", "Brighton and Hove City Council")]
    [InlineData("Stoke-on-Trent", "Stoke-on-Trent City Council")]
    [InlineData("Stoke on Trent City Council", "Stoke-on-Trent City Council")]
    [InlineData("Kingston Upon Thames", "Royal Borough of Kingston upon Thames")]
    [InlineData("Kings Lynn", "Borough Council of King's Lynn and West Norfolk")]
    [InlineData("Newcastle", "Newcastle upon Tyne City Council")]
    [InlineData("Newcastle-under-Lyme", "Newcastle-under-Lyme Borough Council")]
    public void Resolve_KnownForm_ReturnsCanonicalAuthority(string input, string expected)
    {
        Assert.Equal(expected, s_catalog.Resolve(input)?.Name);
    }

    [Theory]
    [InlineData("Durham", "Durham County Council")]
    [InlineData("Durham Constabulary", "Durham Constabulary")]
    [InlineData("Durham Police", "Durham Constabulary")]
    [InlineData("Devon and Cornwall Police", "Devon and Cornwall Police")]
    public void Resolve_PlaceSharedByCouncilAndForce_BarePlaceIsTheCouncil(string input, string expected)
    {
        Assert.Equal(expected, s_catalog.Resolve(input)?.Name);
    }

    [Theory]
    [InlineData("reading")]
    [InlineData("barnet")]
    [InlineData("tfl")]
    [InlineData("reading council")]
    public void Resolve_PlaceOrAcronymInWrongCase_ReturnsNull(string input)
    {
        Assert.Null(s_catalog.Resolve(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Narnia Borough Council")]
    [InlineData("London Borough of Barnet, Colindale")]
    [InlineData("Information Commissioner's Office")]
    [InlineData("DCC")]
    public void Resolve_UnknownOrPartlyKnown_ReturnsNull(string input)
    {
        Assert.Null(s_catalog.Resolve(input));
    }

    [Theory]
    [InlineData("Office of the Police and Crime Commissioner for Cleveland", "Police and Crime Commissioner for Cleveland")]
    [InlineData("Suffolk PCC", "Police and Crime Commissioner for Suffolk")]
    [InlineData("Police, Fire and Crime Commissioner for North Yorkshire", "Police and Crime Commissioner for North Yorkshire")]
    [InlineData("Network Rail Infrastructure Limited", "Network Rail")]
    [InlineData("Historic Buildings and Monuments Commission for England", "Historic England")]
    public void Resolve_CommissionerOrLegalName_ReturnsTheBodyNotItsForceOrPlace(string input, string expected)
    {
        Assert.Equal(expected, s_catalog.Resolve(input)?.Name);
    }

    [Fact]
    public void FindMentions_CommissionerForAPlace_NamesTheCommissionerNotTheCouncil()
    {
        var mentions = s_catalog.FindMentions("Signed for the Police and Crime Commissioner for Suffolk");

        Assert.Equal(["Police and Crime Commissioner for Suffolk"], mentions.Select(m => m.Authority.Name));
    }
}
