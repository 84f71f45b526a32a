using FoiBot.Core;
using FoiBot.Core.Authorities;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>Letters saved as users save them, named after the authority: the file or folder name says whose letter it is.</summary>
public sealed class FileNameAuthorityTests
{
    private readonly LetterParser _parser = new();

    [Theory]
    [InlineData("letters/leeds-foi-12345.txt", "Leeds City Council", AuthoritySource.FileName)]
    [InlineData("letters/west_midlands_police-taser-use.txt", "West Midlands Police", AuthoritySource.FileName)]
    [InlineData("letters/North Devon - littering.html", "North Devon Council", AuthoritySource.FileName)]
    [InlineData("corpus/kent-police/2024/response.pdf", "Kent Police", AuthoritySource.FolderName)]
    [InlineData("essex-fire/foi-3896.txt", "Essex County Fire and Rescue Service", AuthoritySource.FolderName)]
    [InlineData("letters/ashford-st-peters-foi-6768-interpretation.txt", "Ashford and St Peter's Hospitals NHS Foundation Trust", AuthoritySource.FileName)]
    [InlineData("letters/hereford-worcester-fire-foi-281-wildfires.txt", "Hereford and Worcester Fire and Rescue Service", AuthoritySource.FileName)]
    public void Find_NameStartsWithAnAuthority_GivesItAndSaysWhere(string path, string expected, AuthoritySource source)
    {
        var found = FileNameAuthority.Find(AuthorityCatalog.Default, path);

        Assert.Equal((expected, source), (found?.Authority.Name, found?.Source));
    }

    [Theory]
    [InlineData("seeds/000_6e30a4500a135622.txt")]
    [InlineData("letters/response-to-your-request.txt")]
    [InlineData("letters/foi-2024-0031.txt")]
    public void Find_NameWithNoAuthority_GivesNone(string path)
    {
        Assert.Null(FileNameAuthority.Find(AuthorityCatalog.Default, path));
    }

    [Fact]
    public void Find_PlaceThenBodyWord_GivesThatBodyNeverTheCouncil()
    {
        var fire = FileNameAuthority.Find(AuthorityCatalog.Default, "letters/cheshire-fire-foi-2240.txt");
        var police = FileNameAuthority.Find(AuthorityCatalog.Default, "letters/essex-police-foi-99.txt");

        Assert.Equal("Cheshire Fire and Rescue Service", fire?.Authority.Name);
        Assert.Equal("Essex Police", police?.Authority.Name);
    }

    [Fact]
    public void Parse_FileNamedForOneBodyTextMentioningAnother_TakesTheFileName()
    {
        var letter = _parser.Parse(
            "Our ref: 101000999\nYou asked how many incidents Police Scotland recorded near schools.\nThe council does not hold this; Police Scotland may hold it.",
            "x.txt",
            new LetterHints { FilePath = "letters/moray-101000999.txt" });

        Assert.Equal("Moray Council", letter.Authority);
        Assert.Equal(AuthoritySource.FileName, letter.AuthoritySource);
    }

    [Fact]
    public void Parse_LetterheadAndFileNameDisagree_TheLetterheadWins()
    {
        var letter = _parser.Parse(
            "London Borough of Barnet\nNorth London Business Park\nOur ref: 5576276\nDear Sir\nNot used.",
            "x.txt",
            new LetterHints { FilePath = "letters/leeds-5576276.txt" });

        Assert.Equal("London Borough of Barnet", letter.Authority);
        Assert.Equal(AuthoritySource.Letterhead, letter.AuthoritySource);
    }

    [Fact]
    public void Parse_ManifestNameWrittenLoosely_ResolvesToTheCatalogNameWithItsPart()
    {
        var letter = _parser.Parse("Our ref: 101000999\nNot held.", "x.txt", new LetterHints { Authority = "Moray Licensing Board (inferred)" });

        Assert.Equal("Moray Council", letter.Authority);
        Assert.Equal("Licensing Board", letter.AuthorityPart);
        Assert.Equal(AuthoritySource.ProvenanceTable, letter.AuthoritySource);
    }

    [Fact]
    public void Parse_ManifestNameNoCatalogKnows_IsKeptAndReported()
    {
        var letter = _parser.Parse("Our ref: 101000999\nNot held.", "x.txt", new LetterHints { Authority = "Narnia Borough Council" });

        Assert.Equal("Narnia Borough Council", letter.Authority);
        Assert.Contains(letter.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("no authority FoiBot knows", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("letters/witherley-parish-council-you-asked-for-information.txt", "Witherley Parish Council")]
    [InlineData("biggleswade_town_council_accounts.txt", "Biggleswade Town Council")]
    [InlineData("upper-hale-community-council-foi.txt", "Upper Hale Community Council")]
    public void Parse_LocalCouncilTheCatalogCannotList_IsTakenFromTheFileNameAndReported(string path, string expected)
    {
        var letter = _parser.Parse("Dear Sir\nThe Parish Council does not hold this information. Essex Police were consulted.", "x.txt", new LetterHints { FilePath = path });

        Assert.Equal(expected, letter.Authority);
        Assert.Equal(AuthoritySource.FileName, letter.AuthoritySource);
        Assert.Contains(letter.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("not in FoiBot's catalog", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("letters/suffolk-pcc-disclosure-log-2015.txt", "Police and Crime Commissioner for Suffolk")]
    [InlineData("letters/north-yorkshire-pfcc-634-2015-16-engagements.txt", "Police and Crime Commissioner for North Yorkshire")]
    [InlineData("letters/cleveland-opcc-foi-259.txt", "Police and Crime Commissioner for Cleveland")]
    public void Find_PlaceThenCommissionerWord_GivesThePoliceAndCrimeCommissionerNeverTheCouncilOrForce(string path, string expected)
    {
        Assert.Equal(expected, FileNameAuthority.Find(AuthorityCatalog.Default, path)?.Authority.Name);
    }

    [Fact]
    public void Find_LowerCaseAcronymAsSlugsWriteIt_GivesTheBodyItStandsFor()
    {
        var found = FileNameAuthority.Find(AuthorityCatalog.Default, "letters/sepa-f0186784-aberdeen-air-quality.txt");

        Assert.Equal("Scottish Environment Protection Agency", found?.Authority.Name);
    }

    [Fact]
    public void Find_PlaceJoinedByAndToAnotherName_IsNotThatPlacesCouncil()
    {
        Assert.Null(FileNameAuthority.Find(AuthorityCatalog.Default, "letters/basildon-and-thurrock-university-hospitals-knife-crime.txt"));
    }

    [Theory]
    [InlineData("letters/driving-standards-agency-ia0013013.txt", "Driving Standards Agency")]
    [InlineData("letters/science-museum-group-locomotion-no-1.txt", "Science Museum Group")]
    [InlineData("post_office_limited_foi2023-00384.txt", "Post Office Limited")]
    public void Parse_BodyTheCatalogDoesNotListNamedUpToItsKindWord_IsTakenFromTheFileNameAndReported(string path, string expected)
    {
        var letter = _parser.Parse("Dear Sir\nWe do not hold this information. The Home Office may hold it.", "x.txt", new LetterHints { FilePath = path });

        Assert.Equal((expected, AuthoritySource.FileName), (letter.Authority, letter.AuthoritySource));
        Assert.Contains(letter.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("not in FoiBot's catalog", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("letters/response-to-the-review-board.txt")]
    [InlineData("letters/total-number-of-objects.txt")]
    [InlineData("letters/foi-2024-0031-agency.txt")]
    public void UnlistedBody_NameThatSaysWhatTheFileIs_GivesNone(string path)
    {
        Assert.Null(FileNameAuthority.UnlistedBody(path));
    }
}
