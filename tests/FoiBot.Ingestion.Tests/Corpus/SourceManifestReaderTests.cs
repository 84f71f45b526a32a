using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Parsing;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Corpus;

public sealed class SourceManifestReaderTests
{
    private const string Root = "/corpus";

    private static SourceManifestParse ParseDevSources()
    {
        var path = Path.Combine(RepoPaths.Dev, "SOURCES.md");
        return SourceManifestReader.Parse(path, File.ReadAllText(path), RepoPaths.Dev);
    }

    [Fact]
    public void Parse_DevSources_ReadsEveryRowWithoutProblems()
    {
        var parse = ParseDevSources();

        Assert.Empty(parse.Problems);
        Assert.Equal(46, parse.Entries.Count);
        var letters = Directory.GetFiles(RepoPaths.Dev, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(letters, parse.Entries.Select(e => e.RelativePath).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_DevSources_ReadsAuthorityReferenceDayFirstDateAndAddress()
    {
        var moray = Assert.Single(ParseDevSources().Entries, e => e.RelativePath == "moray-101000148084.txt");

        Assert.Equal("The Moray Council", moray.Authority);
        Assert.Equal("101000148084", moray.Reference);
        Assert.Equal(new ManifestDate(new DateOnly(2013, 5, 28), DatePrecision.Day), moray.Date);
        Assert.Equal("http://www.moray.gov.uk/moray_standard/page_86125.html", moray.SourceAddress);
        Assert.Equal(Path.Combine(RepoPaths.Dev, "SOURCES.md"), moray.ManifestPath);
    }

    [Theory]
    [InlineData("tfl-FOI-1091-1718.txt", 2017, 8, 24)]
    [InlineData("tfl-FOI-1829-2122.txt", 2021, 12, 6)]
    public void Parse_DevSources_ReadsLongFormDates(string file, int year, int month, int day)
    {
        var entry = Assert.Single(ParseDevSources().Entries, e => e.RelativePath == file);

        Assert.Equal(new ManifestDate(new DateOnly(year, month, day), DatePrecision.Day), entry.Date);
    }

    [Fact]
    public void Parse_DevSources_UndatedRowsHaveNullDate()
    {
        var devon = ParseDevSources().Entries.Where(e => e.RelativePath.StartsWith("devon-", StringComparison.Ordinal)).ToList();

        Assert.Equal(6, devon.Count);
        Assert.All(devon, e => Assert.Null(e.Date));
        Assert.All(devon, e => Assert.Equal("Devon County Council", e.Authority));
    }

    [Fact]
    public void Parse_ColumnsInOtherOrderAndCase_ReadsByHeaderName()
    {
        var text = """
            | Date | Notes | REF | File | Authority |
            |:---|---|---|---|---:|
            | 2020-01-31 | kept | ABC/1 | letter.txt | Some Council |
            """;

        var entry = Assert.Single(SourceManifestReader.Parse("/corpus/SOURCES.md", text, Root).Entries);

        Assert.Equal(("letter.txt", "Some Council", "ABC/1"), (entry.RelativePath, entry.Authority, entry.Reference));
        Assert.Equal(new DateOnly(2020, 1, 31), entry.Date?.First);
        Assert.Null(entry.SourceAddress);
    }

    [Fact]
    public void Parse_ManifestInSubfolder_PathsAreRelativeToTheRoot()
    {
        var text = """
            | file | authority | ref | date |
            |---|---|---|---|
            | `a.txt` | A | 1 | |
            | `nested/b.txt` | B | 2 | |
            """;

        var parse = SourceManifestReader.Parse("/corpus/barnet/SOURCES.md", text, Root);

        Assert.Equal(["barnet/a.txt", "barnet/nested/b.txt"], parse.Entries.Select(e => e.RelativePath));
    }

    [Fact]
    public void Parse_RaggedRow_ReportsItsLineAndKeepsTheOtherRows()
    {
        var text = """
            Intro line.

            | file | authority | ref | date |
            |---|---|---|---|
            | a.txt | A | 1 | 01-02-2003 |
            | b.txt | B | 2 |
            | c.txt | C | 3 | 04-05-2006 |
            """;

        var parse = SourceManifestReader.Parse("/corpus/SOURCES.md", text, Root);

        Assert.Equal(["a.txt", "c.txt"], parse.Entries.Select(e => e.RelativePath));
        Assert.Equal("line 6: expected 4 cells, found 3", Assert.Single(parse.Problems).Reason);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("/etc/passwd")]
    public void Parse_FileOutsideTheRoot_IsAProblemNotAnEntry(string file)
    {
        var text = CorpusFolder.ManifestHeader + $"| {file} | A | 1 | |\n";

        var parse = SourceManifestReader.Parse("/corpus/SOURCES.md", text, Root);

        Assert.Empty(parse.Entries);
        Assert.StartsWith("line 3: file ", Assert.Single(parse.Problems).Reason);
    }

    [Fact]
    public void Parse_SameFileTwice_ReportsTheRepeat()
    {
        var text = CorpusFolder.ManifestHeader + "| a.txt | A | 1 | |\n| a.txt | A | 2 | |\n";

        var parse = SourceManifestReader.Parse("/corpus/SOURCES.md", text, Root);

        Assert.Single(parse.Entries);
        Assert.Equal("line 4: file 'a.txt' is already listed on line 3", Assert.Single(parse.Problems).Reason);
    }

    [Fact]
    public void Parse_EscapedPipeInCell_IsPartOfTheCell()
    {
        var text = CorpusFolder.ManifestHeader + "| a.txt | A \\| B | 1 | |\n";

        Assert.Equal("A | B", Assert.Single(SourceManifestReader.Parse("/corpus/SOURCES.md", text, Root).Entries).Authority);
    }
}
