using FoiBot.Core.Authorities;

namespace FoiBot.Core.Tests.Authorities;

public sealed class AuthorityCatalogFromDomainTests
{
    private static readonly AuthorityCatalog s_catalog = AuthorityCatalog.Default;

    [Theory]
    [InlineData("foi@barnet.gov.uk", "London Borough of Barnet")]
    [InlineData("mailto:FOI@Barnet.gov.uk", "London Borough of Barnet")]
    [InlineData("http://open.barnet.gov.uk/", "London Borough of Barnet")]
    [InlineData("https://www.barnet.gov.uk:443/foi?x=1#top", "London Borough of Barnet")]
    [InlineData("open.barnet.gov.uk", "London Borough of Barnet")]
    [InlineData("barnet.gov.uk.", "London Borough of Barnet")]
    [InlineData("www.coventry.gov.uk", "Coventry City Council")]
    [InlineData("foi@tfl.gov.uk", "Transport for London")]
    [InlineData("https://www.moray.gov.uk/moray_standard/page_86125.html", "Moray Council")]
    public void FromDomain_ListedDomainOrSubdomain_ReturnsAuthority(string input, string expected)
    {
        Assert.Equal(expected, s_catalog.FromDomain(input)?.Name);
    }

    [Theory]
    [InlineData("ico.org.uk")]
    [InlineData("casework@ico.org.uk")]
    [InlineData("gov.uk")]
    [InlineData("www.gov.uk")]
    [InlineData("notbarnet.gov.uk")]
    [InlineData("barnet.gov.uk.example.com")]
    [InlineData("")]
    public void FromDomain_UnlistedHost_ReturnsNull(string input)
    {
        Assert.Null(s_catalog.FromDomain(input));
    }
}
