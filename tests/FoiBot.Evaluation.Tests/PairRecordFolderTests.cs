using FoiBot.Testing;

namespace FoiBot.Evaluation.Tests;

public sealed class PairRecordFolderTests
{
    [Fact]
    public void Read_Records_GivesEachLettersFieldsAndPairs()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.Combine("b.json"), """
            {"file": "leeds-foi-12345.txt", "authority": "Leeds City Council", "ref": "12345", "date": "2024-03-05",
             "pairs": [{"q": "Does the council use ANPR", "a": "12 cameras"}, {"q": null, "a": "We also publish"}]}
            """);
        File.WriteAllText(folder.Combine("a.json"), """{"file": "moray.txt", "authority": "Moray Council", "ref": null, "date": "2024-03", "pairs": []}""");
        File.WriteAllText(folder.Combine("notes.md"), "not a record");

        var records = PairRecordFolder.Read(folder.Path, "pairs");

        Assert.Equal(["moray.txt", "leeds-foi-12345.txt"], records.Select(r => r.File));
        Assert.Null(records[0].Ref);
        Assert.Equal("2024-03", records[0].Date);
        Assert.Equal(Path.Combine("pairs", "b.json"), records[1].RecordPath);
        Assert.Equal(("Leeds City Council", "12345", "2024-03-05"), (records[1].Authority, records[1].Ref, records[1].Date));
        Assert.Equal([new ExpectedPair { Q = "Does the council use ANPR", A = "12 cameras" }, new ExpectedPair { A = "We also publish" }], records[1].Pairs);
    }

    [Theory]
    [InlineData("""not json""", "not a JSON object")]
    [InlineData("""{"authority": "Leeds City Council", "pairs": []}""", "\"file\" must be a non-empty string")]
    [InlineData("""{"file": "corpus/a.txt", "pairs": []}""", "\"file\" is a path (\"corpus/a.txt\")")]
    [InlineData("""{"file": "a.txt", "date": "5 March 2024", "pairs": []}""", "\"date\" \"5 March 2024\" is not yyyy-MM-dd")]
    [InlineData("""{"file": "a.txt", "date": "2024-13", "pairs": []}""", "\"date\" \"2024-13\" is not")]
    [InlineData("""{"file": "a.txt", "ref": 12345, "pairs": []}""", "\"ref\" must be a non-empty string or null")]
    [InlineData("""{"file": "a.txt"}""", "\"pairs\" must be an array")]
    [InlineData("""{"file": "a.txt", "pairs": ["q"]}""", "pair 1: not a")]
    [InlineData("""{"file": "a.txt", "pairs": [{"q": "x", "a": "y"}, {"q": null}]}""", "pair 2: neither \"q\" nor \"a\"")]
    [InlineData("""{"file": "a.txt", "pairs": [{"q": "x", "a": 3}]}""", "pair 1: \"a\" must be a non-empty string")]
    public void Read_BadRecord_NamesTheFileAndField(string json, string expected)
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.Combine("bad.json"), json);

        var error = Assert.Throws<EvalFileException>(() => PairRecordFolder.Read(folder.Path, "pairs"));

        Assert.StartsWith(Path.Combine("pairs", "bad.json") + ": " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameLetterRecordedTwice_NamesBothRecords()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.Combine("a.json"), """{"file": "leeds.txt", "pairs": []}""");
        File.WriteAllText(folder.Combine("b.json"), """{"file": "LEEDS.txt", "pairs": []}""");

        var error = Assert.Throws<EvalFileException>(() => PairRecordFolder.Read(folder.Path, "pairs"));

        Assert.Contains("b.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("also recorded in " + Path.Combine("pairs", "a.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FolderWithoutRecords_IsAnError()
    {
        using var folder = new TempDirectory();

        Assert.Throws<EvalFileException>(() => PairRecordFolder.Read(folder.Path));
    }
}
