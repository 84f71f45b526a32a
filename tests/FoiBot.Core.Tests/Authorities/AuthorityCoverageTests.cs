using FoiBot.Core.Authorities;

namespace FoiBot.Core.Tests.Authorities;

/// <summary>
/// The shipped catalog beyond councils: universities, NHS bodies, police, fire and government bodies resolve by name,
/// alias and domain, and none of them takes a place name from its council.
/// </summary>
public sealed class AuthorityCoverageTests
{
    private static readonly AuthorityCatalog s_catalog = AuthorityCatalog.Default;

    [Theory]
    [InlineData("University of Bristol", "University of Bristol")]
    [InlineData("Bristol University", "University of Bristol")]
    [InlineData("the University of Bristol", "University of Bristol")]
    [InlineData("UEA", "University of East Anglia")]
    [InlineData("UCL", "University College London")]
    [InlineData("Durham University", "Durham University")]
    [InlineData("University of Durham", "Durham University")]
    [InlineData("Open University", "The Open University")]
    [InlineData("University of Bolton", "University of Greater Manchester")]
    [InlineData("Goldsmiths, University of London", "Goldsmiths, University of London")]
    [InlineData("Edinburgh University", "University of Edinburgh")]
    [InlineData("Cardiff University", "Cardiff University")]
    [InlineData("Queen's University Belfast", "Queen's University Belfast")]
    [InlineData("QUB", "Queen's University Belfast")]
    [InlineData("St Mary's University", "St Mary's University, Twickenham")]
    [InlineData("St Mary's University College", "St Mary's University College")]
    public void Resolve_University_ByNameOrAlias(string input, string expected)
    {
        var university = s_catalog.Resolve(input);

        Assert.Equal(expected, university?.Name);
        Assert.Equal(AuthorityKinds.University, university?.Kind);
    }

    [Theory]
    [InlineData("NHS Lothian", "NHS Lothian")]
    [InlineData("Lothian NHS Board", "NHS Lothian")]
    [InlineData("Lothian Health Board", "NHS Lothian")]
    [InlineData("NHS Greater Glasgow & Clyde", "NHS Greater Glasgow and Clyde")]
    [InlineData("NHSGGC", "NHS Greater Glasgow and Clyde")]
    [InlineData("NHS 24", "NHS 24")]
    [InlineData("Leeds Teaching Hospitals NHS Trust", "Leeds Teaching Hospitals NHS Trust")]
    [InlineData("Guy's and St Thomas' NHS Foundation Trust", "Guy's and St Thomas' NHS Foundation Trust")]
    [InlineData("Guys and St Thomas NHS Foundation Trust", "Guy's and St Thomas' NHS Foundation Trust")]
    [InlineData("Newcastle upon Tyne Hospitals NHS Foundation Trust", "The Newcastle upon Tyne Hospitals NHS Foundation Trust")]
    [InlineData("Manchester University NHS Foundation Trust", "Manchester University NHS Foundation Trust")]
    [InlineData("NHS Devon", "NHS Devon Integrated Care Board")]
    [InlineData("Devon ICB", "NHS Devon Integrated Care Board")]
    [InlineData("NHS Counter Fraud Authority", "NHS Counter Fraud Authority")]
    [InlineData("BCUHB", "Betsi Cadwaladr University Health Board")]
    [InlineData("Belfast Health and Social Care Trust", "Belfast Health and Social Care Trust")]
    public void Resolve_NhsBody_ByNameOrAlias(string input, string expected)
    {
        var body = s_catalog.Resolve(input);

        Assert.Equal(expected, body?.Name);
        Assert.Equal(AuthorityKinds.Nhs, body?.Kind);
    }

    [Theory]
    [InlineData("Essex Fire and Rescue Service", "Essex County Fire and Rescue Service")]
    [InlineData("Essex County Fire and Rescue Service", "Essex County Fire and Rescue Service")]
    [InlineData("Kent and Medway Fire and Rescue Authority", "Kent Fire and Rescue Service")]
    [InlineData("London Fire Commissioner", "London Fire Brigade")]
    [InlineData("Kent County Constabulary", "Kent Police")]
    [InlineData("Police Service of Scotland", "Police Scotland")]
    [InlineData("Wiltshire Constabulary", "Wiltshire Police")]
    public void Resolve_EmergencyService_ByNameOrAlias(string input, string expected)
    {
        Assert.Equal(expected, s_catalog.Resolve(input)?.Name);
    }

    [Theory]
    [InlineData("HMRC", "HM Revenue and Customs")]
    [InlineData("National Audit Office", "National Audit Office")]
    [InlineData("SEPA", "Scottish Environment Protection Agency")]
    [InlineData("Scottish Natural Heritage", "NatureScot")]
    [InlineData("Natural Resources Wales", "Natural Resources Wales")]
    [InlineData("Department of Health (Northern Ireland)", "Department of Health (Northern Ireland)")]
    [InlineData("Department of Health", "Department of Health and Social Care")]
    [InlineData("Highways Agency", "National Highways")]
    public void Resolve_GovernmentBody_ByNameOrAlias(string input, string expected)
    {
        Assert.Equal(expected, s_catalog.Resolve(input)?.Name);
    }

    [Theory]
    [InlineData("foi@bristol.ac.uk", "University of Bristol")]
    [InlineData("https://www.ed.ac.uk/records-management", "University of Edinburgh")]
    [InlineData("https://www.leedsth.nhs.uk/about-us/foi/", "Leeds Teaching Hospitals NHS Trust")]
    [InlineData("foi@belfasttrust.hscni.net", "Belfast Health and Social Care Trust")]
    [InlineData("www.bcuhb.nhs.wales", "Betsi Cadwaladr University Health Board")]
    [InlineData("foi@essex.pnn.police.uk", "Essex Police")]
    [InlineData("foi@health-ni.gov.uk", "Department of Health (Northern Ireland)")]
    [InlineData("info@sepa.org.uk", "Scottish Environment Protection Agency")]
    public void FromDomain_NewBodies_FindTheirOwnDomains(string address, string expected)
    {
        Assert.Equal(expected, s_catalog.FromDomain(address)?.Name);
    }

    [Theory]
    [InlineData("someone@nhs.net")]
    [InlineData("lothian.foi@nhs.scot")]
    [InlineData("someone@wales.nhs.uk")]
    [InlineData("https://www.nhs.uk/")]
    [InlineData("someone@hscni.net")]
    [InlineData("someone@ac.uk")]
    public void FromDomain_SharedNhsOrAcademicParent_NamesNoOne(string address)
    {
        Assert.Null(s_catalog.FromDomain(address));
    }

    [Theory]
    [InlineData("Bristol", "Bristol City Council")]
    [InlineData("Leeds", "Leeds City Council")]
    [InlineData("Essex", "Essex County Council")]
    [InlineData("Edinburgh", "City of Edinburgh Council")]
    [InlineData("Cardiff", "Cardiff Council")]
    [InlineData("Belfast", "Belfast City Council")]
    [InlineData("Oxford", "Oxford City Council")]
    [InlineData("Devon", "Devon County Council")]
    public void Resolve_BarePlace_StillNamesTheCouncil(string place, string council)
    {
        Assert.Equal(council, s_catalog.Resolve(place)?.Name);
    }

    [Theory]
    [InlineData("uea")]
    [InlineData("ucl")]
    [InlineData("sepa")]
    public void Resolve_NewAcronymInWrongCase_ReturnsNull(string input)
    {
        Assert.Null(s_catalog.Resolve(input));
    }

    [Fact]
    public void FindMentions_UniversityAndCouncilOfOnePlace_AreTwoAuthorities()
    {
        var mentions = s_catalog.FindMentions("Both Bristol University and Bristol City Council replied; the University of Bristol was first, Bristol second.");

        Assert.Equal(
            ["University of Bristol", "Bristol City Council", "University of Bristol", "Bristol City Council"],
            mentions.Select(m => m.Authority.Name));
    }

    [Fact]
    public void Default_UniversitiesNhsPoliceAndFire_HaveNoBarePlaceNames()
    {
        string[] kinds = [AuthorityKinds.University, AuthorityKinds.Nhs, AuthorityKinds.Police, AuthorityKinds.Fire];

        Assert.All(s_catalog.All.Where(a => kinds.Contains(a.Kind)), a => Assert.Empty(a.PlaceNames));
    }

    [Fact]
    public void Default_Universities_CoverAllFourNations()
    {
        var universities = s_catalog.All.Where(a => a.Kind == AuthorityKinds.University).ToList();

        Assert.True(universities.Count >= 140, $"only {universities.Count} universities");
        Assert.True(universities.Count(a => a.Nation == "Scotland") >= 15);
        Assert.True(universities.Count(a => a.Nation == "Wales") >= 8);
        Assert.True(universities.Count(a => a.Nation == "Northern Ireland") >= 2);
        Assert.All(universities.Where(a => a.Domains.Count > 0), a => Assert.All(a.Domains, d => Assert.EndsWith(".ac.uk", d, StringComparison.Ordinal)));
    }

    [Fact]
    public void Default_NhsBodiesWithAFixedNumber_AreAllThere()
    {
        var nhs = s_catalog.All.Where(a => a.Kind == AuthorityKinds.Nhs).ToList();

        Assert.Equal(42, nhs.Count(a => a.Nation == "England" && a.Name.EndsWith(" Integrated Care Board", StringComparison.Ordinal)));
        Assert.Equal(7, nhs.Count(a => a.Nation == "Wales" && a.Name.EndsWith(" Health Board", StringComparison.Ordinal)));
        Assert.Equal(5, nhs.Count(a => a.Nation == "Northern Ireland" && a.Name.EndsWith(" Health and Social Care Trust", StringComparison.Ordinal)));
        Assert.All(
            ["Ayrshire and Arran", "Borders", "Dumfries and Galloway", "Fife", "Forth Valley", "Grampian", "Greater Glasgow and Clyde", "Highland", "Lanarkshire", "Lothian", "Orkney", "Shetland", "Tayside", "Western Isles"],
            board => Assert.Equal(AuthorityKinds.Nhs, s_catalog.Resolve($"{board} NHS Board")?.Kind));
        Assert.True(nhs.Count(a => a.Nation == "England" && a.Name.Contains(" NHS ", StringComparison.Ordinal) && a.Name.EndsWith(" Trust", StringComparison.Ordinal)) >= 200);
    }

    [Fact]
    public void Default_FireAndRescueServicesOfEngland_AreAllThere()
    {
        Assert.Equal(44, s_catalog.All.Count(a => a.Kind == AuthorityKinds.Fire && a.Nation == "England"));
        Assert.Equal(3, s_catalog.All.Count(a => a.Kind == AuthorityKinds.Fire && a.Nation == "Wales"));
    }
}
