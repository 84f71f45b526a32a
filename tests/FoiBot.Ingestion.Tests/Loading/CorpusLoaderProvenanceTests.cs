using FoiBot.Core;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;
using FoiBot.Ingestion.Tests.Corpus;
using FoiBot.Ingestion.Tests.Formats;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Loading;

/// <summary>What a provenance table beside the letters puts into their records.</summary>
public sealed class CorpusLoaderProvenanceTests : IDisposable
{
    /// <summary>An undated letter with no reference or letterhead: everything beyond its answer has to come from the table.</summary>
    private const string Letter = """
        Freedom of Information request

        1. How many gritting lorries does the council own?

        Response

        1. The council owns 14 gritting lorries.
        """;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private Dictionary<string, Disclosure> Load()
    {
        var load = new CorpusLoader(new CorpusOptions(), new LetterParser(), _folder.Path).Load([_folder.Path]);
        return load.Letters.ToDictionary(l => l.Disclosure.Source, l => l.Disclosure, StringComparer.Ordinal);
    }

    [Fact]
    public void Load_TableWithASourceColumn_EachLetterItNamesCarriesItsAddress()
    {
        _folder.Write("a.txt", Letter);
        _folder.Write("b.txt", Letter.Replace("14", "9", StringComparison.Ordinal));
        _folder.Write("SOURCES.md", "| File name | Council | Link |\n|---|---|---|\n| a.txt | Example Council | https://example.org/foi/a |\n");

        var letters = Load();

        Assert.Equal("https://example.org/foi/a", letters["a.txt"].SourceAddress);
        Assert.Equal("Example Council", letters["a.txt"].Authority);
        Assert.Null(letters["b.txt"].SourceAddress);
    }

    [Fact]
    public void Load_HtmlPageWithACanonicalLink_CarriesItUnlessTheTableGivesAnother()
    {
        var page = "<html><head><link rel=\"canonical\" href=\"https://www.example.gov.uk/foi/{0}\"></head><body><pre>" + Letter + "</pre></body></html>";
        _folder.Write("a.html", string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "a"));
        _folder.Write("b.html", string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "b").Replace("14", "9", StringComparison.Ordinal));
        _folder.Write("c.html", page.Replace("https://www.example.gov.uk/foi/{0}", "javascript:alert(1)", StringComparison.Ordinal).Replace("14", "3", StringComparison.Ordinal));
        _folder.Write("sources.csv", "file,url\nb.html,https://example.org/published/b\n");

        var letters = Load();

        Assert.Equal("https://www.example.gov.uk/foi/a", letters["a.html"].SourceAddress);
        Assert.Equal("https://example.org/published/b", letters["b.html"].SourceAddress);
        Assert.Null(letters["c.html"].SourceAddress);
    }

    [Fact]
    public void Load_EmailNamedInTheTable_EachAttachedLetterCarriesTheAddressButNotTheRowsHints()
    {
        var seed = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "000_6e30a4500a135622.txt"));
        var dev = File.ReadAllText(Path.Combine(RepoPaths.Dev, "wokingham-14259.txt"));
        _folder.Write("reply.eml", FixtureWriter.Eml("Dear requester,\n\nOur responses are attached.", ("a.pdf", PdfFixture.Write(seed)), ("b.docx", DocxFixture.Write(dev))));
        _folder.Write("SOURCES.md", "| file | authority | url |\n|---|---|---|\n| reply.eml | Example Council | https://example.org/foi/reply |\n");

        var letters = Load();

        Assert.Equal(["reply.eml#attachment-1:a.pdf", "reply.eml#attachment-2:b.docx"], letters.Keys.Order(StringComparer.Ordinal));
        Assert.All(letters.Values, l => Assert.Equal("https://example.org/foi/reply", l.SourceAddress));
        Assert.All(letters.Values, l => Assert.NotEqual("Example Council", l.Authority));
    }

    [Fact]
    public void Load_DevCorpus_LettersCarryTheAddressesInItsTable()
    {
        var load = new CorpusLoader(new CorpusOptions(), new LetterParser(), RepoPaths.Corpus).Load([RepoPaths.Dev]);

        var moray = load.Letters.Single(l => l.Disclosure.Source == "dev/moray-101000148084.txt").Disclosure;
        Assert.Equal("http://www.moray.gov.uk/moray_standard/page_86125.html", moray.SourceAddress);
        Assert.All(load.Letters, l => Assert.StartsWith("http", l.Disclosure.SourceAddress, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("June 2016", "2016-06-01", "the manifest gives only the month (June 2016), so its first day, 2016-06-01, is used")]
    [InlineData("2016", "2016-01-01", "the manifest gives only the year (2016), so its first day, 2016-01-01, is used")]
    [InlineData("8 April 2016 (published)", "2016-04-08", "not in the text; taken from the manifest")]
    public void Load_UndatedLetter_TakesTheTablesDateAndSaysHowPreciseItIs(string cell, string expected, string diagnostic)
    {
        _folder.Write("a.txt", Letter);
        _folder.Write("sources.csv", $"filename,response date\na.txt,{cell}\n");

        var letter = Load()["a.txt"];

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), letter.ResponseDate);
        Assert.Contains(letter.Diagnostics, d => d.Field == "responseDate" && d.Severity == DiagnosticSeverity.Info && d.Message.EndsWith(diagnostic, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TableThatCannotBeRead_LettersAreStillLoaded()
    {
        _folder.Write("a.txt", Letter);
        _folder.Write("SOURCES.md", "| name | when |\n|---|---|\n| a.txt | June 2016 |\n");

        var letter = Assert.Single(Load().Values);

        Assert.Null(letter.ResponseDate);
        Assert.Null(letter.SourceAddress);
    }
}
