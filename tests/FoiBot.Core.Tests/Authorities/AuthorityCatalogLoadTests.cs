using FoiBot.Core.Authorities;

namespace FoiBot.Core.Tests.Authorities;

public sealed class AuthorityCatalogLoadTests
{
    [Fact]
    public void Load_WellFormedRows_ReadsEveryColumn()
    {
        var catalog = TestCatalogs.Load(
            "# a comment line",
            "",
            "London Borough of Barnet\tlondon-borough\tEngland\tBarnet\tLB of Barnet; Barnet Council\tbarnet.gov.uk",
            "Home Office\tcentral-government\tUK");

        var barnet = catalog.All[0];
        Assert.Equal(2, catalog.All.Count);
        Assert.Equal("London Borough of Barnet", barnet.Name);
        Assert.Equal("london-borough", barnet.Kind);
        Assert.Equal("England", barnet.Nation);
        Assert.Equal(["Barnet"], barnet.PlaceNames);
        Assert.Equal(["LB of Barnet", "Barnet Council"], barnet.Aliases);
        Assert.Equal(["barnet.gov.uk"], barnet.Domains);
        Assert.Empty(catalog.All[1].Aliases);
    }

    [Theory]
    [InlineData("Narnia Council\tcouncil\tEngland", "unknown kind 'council'")]
    [InlineData("Narnia Council\tdistrict\tNarnia", "unknown nation 'Narnia'")]
    [InlineData("Narnia Council\tdistrict", "columns")]
    [InlineData("\tdistrict\tEngland", "name is empty")]
    [InlineData("Narnia Council\tdistrict\tEngland\tnarnia", "must be capitalised")]
    [InlineData("Narnia Council\tdistrict\tEngland\t\t\tnarnia", "not a domain")]
    [InlineData("Narnia Council\tdistrict\tEngland\t\t--\t", "words")]
    public void Load_MalformedRow_ThrowsFormatExceptionNamingSourceAndLine(string row, string reason)
    {
        var error = Assert.Throws<FormatException>(() => TestCatalogs.Load("Home Office\tcentral-government\tUK", row));

        Assert.StartsWith("test.tsv line 3:", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingHeader_ThrowsFormatException()
    {
        var error = Assert.Throws<FormatException>(
            () => AuthorityCatalog.Load(new StringReader("Home Office\tcentral-government\tUK"), "headless.tsv"));

        Assert.StartsWith("headless.tsv line 1:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "Home Office\tcentral-government\tUK",
        "home office\tcentral-government\tUK",
        "name 'home office' of 'home office' is already claimed by 'Home Office' (line 2)")]
    [InlineData(
        "Newcastle upon Tyne City Council\tmetropolitan-borough\tEngland\tNewcastle",
        "Newcastle-under-Lyme Borough Council\tdistrict\tEngland\tNewcastle",
        "place name 'Newcastle' of 'Newcastle-under-Lyme Borough Council' is already claimed by 'Newcastle upon Tyne City Council' (line 2)")]
    [InlineData(
        "Durham County Council\tunitary\tEngland\tDurham",
        "Durham Constabulary\tpolice\tEngland\t\tDurham County Council",
        "alias 'Durham County Council' of 'Durham Constabulary' is already claimed by 'Durham County Council' (line 2)")]
    [InlineData(
        "Reading Borough Council\tunitary\tEngland\tReading",
        "Reading Transport\ttransport\tEngland\t\tReading council",
        "alias 'Reading council' of 'Reading Transport' is already claimed by 'Reading Borough Council' (line 2)")]
    [InlineData(
        "Adur District Council\tdistrict\tEngland\t\t\tadur-worthing.gov.uk",
        "Worthing Borough Council\tdistrict\tEngland\t\t\tadur-worthing.gov.uk",
        "domain 'adur-worthing.gov.uk' of 'Worthing Borough Council' is already claimed by 'Adur District Council' (line 2)")]
    public void Load_TwoRowsClaimTheSamePhraseOrDomain_ThrowsNamingBothRows(string first, string second, string expected)
    {
        var error = Assert.Throws<FormatException>(() => TestCatalogs.Load(first, second));

        Assert.StartsWith("test.tsv line 3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SamePhraseTwiceInOneRow_IsAllowed()
    {
        var catalog = TestCatalogs.Load(
            "London Borough of Barnet\tlondon-borough\tEngland\tBarnet\tLondon Borough Of Barnet;Barnet Council");

        Assert.Single(catalog.All);
    }
}
