using FoiBot.Core.Authorities;

namespace FoiBot.Core.Tests.Authorities;

/// <summary>The shipped authorities.tsv: it loads, it is complete where counts are known, and the rows the corpus relies on are exact.</summary>
public sealed class AuthorityDataTests
{
    private static readonly AuthorityCatalog s_catalog = AuthorityCatalog.Default;

    [Fact]
    public void Default_LoadsEmbeddedDataWithoutClashes()
    {
        Assert.True(s_catalog.All.Count >= 1100, $"only {s_catalog.All.Count} rows");
        Assert.Same(s_catalog, AuthorityCatalog.Default);
    }

    [Theory]
    [InlineData("london-borough", "England", 32)]
    [InlineData("metropolitan-borough", "England", 36)]
    [InlineData("scottish-council", "Scotland", 32)]
    [InlineData("welsh-council", "Wales", 22)]
    [InlineData("ni-council", "Northern Ireland", 11)]
    public void Default_CouncilsWithAFixedNumber_AreAllThere(string kind, string nation, int expected)
    {
        Assert.Equal(expected, s_catalog.All.Count(a => a.Kind == kind && a.Nation == nation));
    }

    [Fact]
    public void Default_TerritorialPoliceForcesOfEnglandAndWales_AreAllThere()
    {
        var forces = s_catalog.All.Count(a => a.Kind == AuthorityKinds.Police && a.Nation is "England" or "Wales");

        Assert.Equal(43, forces);
        Assert.All(
            ["Police Scotland", "Police Service of Northern Ireland", "British Transport Police"],
            name => Assert.NotNull(s_catalog.Resolve(name)));
    }

    [Fact]
    public void Default_ReorganisedCouncils_KeepTheirOwnRows()
    {
        Assert.All(
            ["Harrogate Borough Council", "Carlisle City Council", "Mendip District Council", "Kettering Borough Council", "Cumbria County Council", "Northamptonshire County Council", "Aylesbury Vale District Council", "Waveney District Council"],
            name => Assert.Equal(name, s_catalog.Resolve(name)?.Name));
    }

    [Fact]
    public void Default_RowsTheLettersUse_AreExact()
    {
        AssertRow("London Borough of Barnet", "london-borough", ["Barnet"], ["barnet.gov.uk"], ["LB of Barnet", "Barnet Council", "Barnet London Borough Council", "London Borough Of Barnet"]);
        AssertRow("Coventry City Council", "metropolitan-borough", ["Coventry"], ["coventry.gov.uk"], ["Coventry Council"]);
        AssertRow("Moray Council", "scottish-council", ["Moray"], ["moray.gov.uk"], ["The Moray Council"]);
        AssertRow("Devon County Council", "county", ["Devon"], ["devon.gov.uk"], []);
        AssertRow("Wokingham Borough Council", "unitary", ["Wokingham"], ["wokingham.gov.uk"], []);
        AssertRow("Transport for London", "transport", [], ["tfl.gov.uk"], ["TfL"]);
    }

    [Fact]
    public void Default_NoAliasIsABareAmbiguousCouncilAcronym()
    {
        var aliases = s_catalog.All.SelectMany(a => a.Aliases).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.DoesNotContain("DCC", aliases);
        Assert.DoesNotContain("LCC", aliases);
    }

    [Fact]
    public void Default_InformationCommissionersOffice_IsNotInTheCatalog()
    {
        Assert.Null(s_catalog.Resolve("Information Commissioner's Office"));
        Assert.Null(s_catalog.FromDomain("casework@ico.org.uk"));
    }

    [Theory]
    [InlineData("seeds/000_6e30a4500a135622.txt", "London Borough of Barnet")]
    [InlineData("seeds/002_de59437fc4843f5f.txt", "London Borough of Barnet")]
    [InlineData("seeds/003_64faa8586bfae3e2.txt", "Coventry City Council")]
    [InlineData("dev/tfl-FOI-2621-2122.txt", "Transport for London")]
    public void FindMentions_RealLetter_NamesOnlyItsOwnAuthorityFirst(string letter, string authority)
    {
        var text = File.ReadAllText(Path.Combine(FoiBot.Testing.RepoPaths.Corpus, letter));

        var mentions = s_catalog.FindMentions(text);

        Assert.NotEmpty(mentions);
        Assert.Equal(authority, mentions[0].Authority.Name);
        Assert.DoesNotContain(mentions, m => text.Substring(m.Start, m.Length).Contains("Commissioner", StringComparison.Ordinal));
    }

    private static void AssertRow(string name, string kind, string[] places, string[] domains, string[] aliases)
    {
        var row = Assert.Single(s_catalog.All, a => a.Name == name);
        Assert.Equal(kind, row.Kind);
        Assert.Equal(places, row.PlaceNames);
        Assert.Equal(domains, row.Domains);
        Assert.Equal(aliases, row.Aliases);
    }
}
