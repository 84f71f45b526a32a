using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Corpus;

public sealed class SourceManifestReaderCsvTests
{
    private const string Root = "/corpus";

    [Fact]
    public void Parse_Csv_ReadsQuotedCellsAndNamesRaggedLines()
    {
        var text = "file,authority,ref,date,source address\r\n"
            + "a.txt,\"Council, The\",\"FOI \"\"7\"\"\",28-05-2013,https://example.org/a\r\n"
            + "b.txt,B,2\r\n"
            + "\r\n"
            + "c.txt, \"C\" ,3,,\r\n";

        var parse = SourceManifestReader.Parse("/corpus/sources.csv", text, Root);

        Assert.Equal(["a.txt", "c.txt"], parse.Entries.Select(e => e.RelativePath));
        var a = parse.Entries[0];
        Assert.Equal(("Council, The", "FOI \"7\"", "https://example.org/a"), (a.Authority, a.Reference, a.SourceAddress));
        Assert.Equal(new DateOnly(2013, 5, 28), a.Date?.First);
        Assert.Equal("C", parse.Entries[1].Authority);
        Assert.Equal("line 3: expected 5 cells, found 3", Assert.Single(parse.Problems).Reason);
    }

    [Fact]
    public void Parse_CsvWithoutAFileColumn_IsNotReadAndNamesTheColumnsItFound()
    {
        var parse = SourceManifestReader.Parse("/corpus/sources.csv", "name,council\na.txt,A\n", Root);

        Assert.Empty(parse.Entries);
        Assert.Empty(parse.Problems);
        Assert.Equal(
            "provenance table not read: no column for the file (expected one of: file, filename, file name, document, letter); found: name, council",
            parse.NotRead?.Reason);
    }

    [Fact]
    public void Parse_CsvWithOtherHeaderNamesAndANotesColumn_ReadsIt()
    {
        var text = "Filename,Public body,Our ref,Date published,URL,Notes\na.txt,Some Council,AB/1,June 2016,https://example.org/a,kept\n";

        var entry = Assert.Single(SourceManifestReader.Parse("/corpus/sources.csv", text, Root).Entries);

        Assert.Equal(("a.txt", "Some Council", "AB/1", "https://example.org/a"), (entry.RelativePath, entry.Authority, entry.Reference, entry.SourceAddress));
        Assert.Equal(new ManifestDate(new DateOnly(2016, 6, 1), DatePrecision.Month), entry.Date);
    }

    [Fact]
    public void Parse_CsvWithUnclosedQuote_NamesTheLineItStarts()
    {
        var parse = SourceManifestReader.Parse("/corpus/sources.csv", "file,authority,ref,date\na.txt,\"A,1,\n", Root);

        Assert.Equal("provenance table not read: line 2: quoted cell never closed", parse.NotRead?.Reason);
    }
}
