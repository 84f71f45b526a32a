using FoiBot.Ingestion.Corpus;

namespace FoiBot.Ingestion.Tests.Corpus;

/// <summary>Provenance tables headed the way people head them, and the error for one that cannot be read.</summary>
public sealed class SourceManifestReaderHeaderTests
{
    private const string Root = "/corpus";

    private static SourceManifestParse Parse(string text) => SourceManifestReader.Parse("/corpus/SOURCES.md", text, Root);

    private static SourceManifestEntry ReadOneRow(string header, string cells)
    {
        var columns = header.Count(c => c == '|') - 1;
        var text = $"{header}\n|{string.Concat(Enumerable.Repeat("---|", columns))}\n{cells}\n";
        var parse = Parse(text);
        Assert.Null(parse.NotRead);
        Assert.Empty(parse.Problems);
        return Assert.Single(parse.Entries);
    }

    [Theory]
    [InlineData("file")]
    [InlineData("Filename")]
    [InlineData("File name")]
    [InlineData("**Document**")]
    [InlineData("Letter")]
    [InlineData("file_name")]
    public void Parse_FileColumnUnderAnyOfItsNames_NamesTheLetter(string header)
    {
        var entry = ReadOneRow($"| {header} | authority |", "| `a.txt` | Some Council |");

        Assert.Equal(("a.txt", "Some Council"), (entry.RelativePath, entry.Authority));
    }

    [Theory]
    [InlineData("authority")]
    [InlineData("Public body")]
    [InlineData("Council")]
    [InlineData("Organisation")]
    [InlineData("organization")]
    [InlineData("BODY")]
    public void Parse_AuthorityColumnUnderAnyOfItsNames_GivesTheAuthority(string header)
    {
        Assert.Equal("Some Council", ReadOneRow($"| file | {header} |", "| a.txt | Some Council |").Authority);
    }

    [Theory]
    [InlineData("ref")]
    [InlineData("Reference")]
    [InlineData("Reference number")]
    [InlineData("Our ref.")]
    [InlineData("Request ID")]
    [InlineData("FOI Ref")]
    [InlineData("ref (as in file name)")]
    public void Parse_ReferenceColumnUnderAnyOfItsNames_GivesTheReference(string header)
    {
        Assert.Equal("AB/12", ReadOneRow($"| file | {header} |", "| a.txt | AB/12 |").Reference);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("Response date")]
    [InlineData("Date of response")]
    [InlineData("Published")]
    [InlineData("Date published")]
    [InlineData("Response")]
    [InlineData("Date (dd-mm-yyyy)")]
    public void Parse_DateColumnUnderAnyOfItsNames_GivesTheDate(string header)
    {
        Assert.Equal(new DateOnly(2026, 4, 8), ReadOneRow($"| file | {header} |", "| a.txt | 08-04-2026 |").Date?.First);
    }

    [Theory]
    [InlineData("source address")]
    [InlineData("Source")]
    [InlineData("URL")]
    [InlineData("Link")]
    [InlineData("Address")]
    public void Parse_SourceColumnUnderAnyOfItsNames_GivesTheAddress(string header)
    {
        Assert.Equal("https://example.org/foi/1", ReadOneRow($"| file | {header} |", "| a.txt | https://example.org/foi/1 |").SourceAddress);
    }

    [Theory]
    [InlineData("[the council's page](https://example.org/foi/1)")]
    [InlineData("<https://example.org/foi/1>")]
    public void Parse_SourceWrittenAsAMarkdownLink_GivesItsTarget(string cell)
    {
        Assert.Equal("https://example.org/foi/1", ReadOneRow("| file | link |", $"| a.txt | {cell} |").SourceAddress);
    }

    [Fact]
    public void Parse_NotesAndUnknownColumns_AreIgnored()
    {
        var entry = ReadOneRow("| file | council | status / notes | checked by |", "| a.txt | Some Council | truncated; see page | JB |");

        Assert.Equal(("a.txt", "Some Council"), (entry.RelativePath, entry.Authority));
        Assert.Null(entry.Reference);
        Assert.Null(entry.Date);
    }

    [Fact]
    public void Parse_HeaderThatOnlyMentionsAColumnName_IsNotThatColumn()
    {
        var entry = ReadOneRow("| file | council | date received |", "| a.txt | Some Council | 01-02-2020 |");

        Assert.Null(entry.Date);
    }

    [Fact]
    public void Parse_TwoNamesOfOneColumn_TheFirstListedNameWins()
    {
        var entry = ReadOneRow("| file | published | date |", "| a.txt | 2016 | 08-04-2026 |");

        Assert.Equal(new DateOnly(2026, 4, 8), entry.Date?.First);
    }

    [Fact]
    public void Parse_NoFileColumn_IsNotReadAndNamesExpectedAndFoundColumns()
    {
        var parse = Parse("# Sources\n\n| name | when |\n|---|---|\n| a.txt | June 2016 |\n");

        Assert.Empty(parse.Entries);
        Assert.Empty(parse.Problems);
        Assert.Equal(
            new SkippedFile(
                "/corpus/SOURCES.md",
                "provenance table not read: no column for the file (expected one of: file, filename, file name, document, letter); found: name, when"),
            parse.NotRead);
    }

    [Fact]
    public void Parse_NothingKnownBesidesTheFile_IsNotReadAndSaysWhatElseItExpected()
    {
        var parse = Parse("| file | notes |\n|---|---|\n| a.txt | kept |\n");

        Assert.Empty(parse.Entries);
        Assert.Equal(
            "provenance table not read: no column besides the file (expected one or more of: authority, ref, date, source address); found: file, notes",
            parse.NotRead?.Reason);
    }

    [Fact]
    public void Parse_NoTableAtAll_IsNotRead()
    {
        Assert.Equal(
            "provenance table not read: no Markdown table (a header row, then a |---| row)",
            Parse("# Sources\n\nThe letters came from the council's disclosure log.\n").NotRead?.Reason);
    }

    [Fact]
    public void Parse_SeveralUnreadableTables_NamesTheOneWithAFileColumn()
    {
        var parse = Parse("| council | letters |\n|---|---|\n| A | 3 |\n\n| file | notes |\n|---|---|\n| a.txt | kept |\n");

        Assert.EndsWith("found: file, notes", parse.NotRead?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OtherTableBeforeTheManifest_IsLeftAlone()
    {
        var parse = Parse("| council | letters |\n|---|---|\n| A | 3 |\n\n| document | public body |\n|---|---|\n| a.txt | A |\n");

        Assert.Null(parse.NotRead);
        Assert.Equal("A", Assert.Single(parse.Entries).Authority);
    }
}
