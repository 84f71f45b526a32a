using FoiBot.Core;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>The order of trust between what a user says (a table, a folder's set authority) and what the letter says.</summary>
public sealed class LetterAuthorityTests
{
    /// <summary>A letterhead as councils write it: the council's name, an address, then the letter.</summary>
    private const string Letterhead = "London Borough of Barnet\nNorth London Business Park\nOur ref: 5576276\nDear Sir\nNot held.";

    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_FolderAuthoritySet_WinsOverTheLetterheadAndFileName_AndSaysWhereItCameFrom()
    {
        var letter = _parser.Parse(Letterhead, "x.txt", new LetterHints { CorpusAuthority = "Leeds City Council", FilePath = "letters/devon-5576276.txt" });

        Assert.Equal(("Leeds City Council", AuthoritySource.CorpusFolder), (letter.Authority, letter.AuthoritySource));
        Assert.Contains(letter.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("'London Borough of Barnet'", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TableAndFolderAuthority_TheTableWins()
    {
        var letter = _parser.Parse(Letterhead, "x.txt", new LetterHints { Authority = "Barnet Council", CorpusAuthority = "Leeds City Council" });

        Assert.Equal(("London Borough of Barnet", AuthoritySource.ProvenanceTable), (letter.Authority, letter.AuthoritySource));
    }

    [Fact]
    public void Parse_TableNameNoCatalogKnows_TheLetterheadIsUsedAndTheNameReported()
    {
        var letter = _parser.Parse(Letterhead, "x.txt", new LetterHints { Authority = "Narnia Borough Council" });

        Assert.Equal(("London Borough of Barnet", AuthoritySource.Letterhead), (letter.Authority, letter.AuthoritySource));
        Assert.Contains(letter.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("'Narnia Borough Council', which is no authority FoiBot knows", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TableNameNoCatalogKnowsAndAFolderAuthority_TheFolderAuthorityIsUsed()
    {
        var letter = _parser.Parse("Our ref: 101000999\nNot held.", "x.txt", new LetterHints { Authority = "Narnia Borough Council", CorpusAuthority = "Moray Council" });

        Assert.Equal(("Moray Council", AuthoritySource.CorpusFolder), (letter.Authority, letter.AuthoritySource));
    }

    [Fact]
    public void Parse_TitleNamingTheRequestAndAnotherBody_IsNoLetterheadAndTheFileNameIsUsed()
    {
        var letter = _parser.Parse(
            "FOI release\n\nBBC NEWS FOI REQUEST / VOID HOMES\n\nCase reference FOI2026/00174\n\nRequest\n\nWhat was the average void period?\n\nResponse\n\n97 days",
            "x.txt",
            new LetterHints { FilePath = "letters/south-derbyshire-foi2026-00174.txt" });

        Assert.Equal(("South Derbyshire District Council", AuthoritySource.FileName), (letter.Authority, letter.AuthoritySource));
    }
}
