using System.Text.Json;
using FoiBot.Testing;

namespace FoiBot.Cli.Tests;

/// <summary>
/// `foibot eval-pairs` end to end on three small letters and a note that is no letter, with a record for each: two
/// match what the parser reads, the King's Lynn one is deliberately wrong on a pair and the date, and the note is skipped.
/// </summary>
public sealed class EvalPairsCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public EvalPairsCommandTests()
    {
        SmallLetters.WriteTo(_folder.Combine("corpus"));
        File.WriteAllText(_folder.Combine("corpus", "notes.txt"), "Remember to buy milk.");
        Directory.CreateDirectory(_folder.Combine("pairs"));
        Record("leeds.json", """
            {"file": "Leeds-ANPR.txt", "authority": "leeds city council", "ref": null, "date": "2024-04",
             "pairs": [{"q": "Does the council use ANPR cameras?", "a": "The council operates 12 ANPR cameras"},
                       {"q": "How many penalty charge notices did", "a": "29,106 penalty charge notices"}]}
            """);
        Record("wyp.json", """
            {"file": "wyp-drones.txt", "authority": "The West Yorkshire Police", "ref": "foi-0412-24", "date": "2024-03-05",
             "pairs": [{"q": "use covert drones for surveillance of protests", "a": "can neither confirm nor deny"}]}
            """);
        Record("kings-lynn.json", """
            {"file": "kings-lynn-potholes.txt", "authority": "Borough Council of Kings Lynn and West Norfolk", "ref": "KL-2024-0117", "date": "2024-02",
             "pairs": [{"q": "How many pothole compensation claims did", "a": "340 pothole compensation claims"},
                       {"q": "How much did the council pay out", "a": "£4,520 in total"}]}
            """);
        Record("notes.json", """{"file": "notes.txt", "authority": "Leeds City Council", "pairs": [{"q": null, "a": "buy milk"}]}""");
    }

    [Fact]
    public async Task EvalPairs_Records_PrintsEachFailedCheckAndTheTotals()
    {
        var run = await CliRun.InAsync(_folder.Path, "eval-pairs", "--pairs", "pairs", "--corpus", "corpus");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "kings-lynn-potholes.txt: pairs: expected pair 2: an answer holding \"£4,520 in total\"; got no parsed answer holds it",
                "kings-lynn-potholes.txt: date: expected 2024-02; got 2024-01-29",
                "notes.txt: letter: expected a parsed letter; got skipped: no FOI request or response found in the text",
                "Letters: 4 (1 skipped)",
                "Pairs materially right: 2/4 (50%) letters; recorded pairs found 4/6",
                "Authority: 3/4 (75%) right, 0 third party, 1 none",
                "Reference: 2/2 (100%) right",
                "Date: 2/3 (67%) right",
            ],
            run.OutputLines);
    }

    [Fact]
    public async Task EvalPairs_Json_GivesTheTotalsFailuresAndEachLetter()
    {
        var run = await CliRun.InAsync(_folder.Path, "eval-pairs", "--pairs", "pairs", "--corpus", "corpus", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal((4, 2, 4, 6), (root.GetProperty("letters").GetInt32(), root.GetProperty("pairsRight").GetInt32(), root.GetProperty("pairsFound").GetInt32(), root.GetProperty("pairsExpected").GetInt32()));
        Assert.Equal((3, 1), (root.GetProperty("authorityRight").GetInt32(), root.GetProperty("authorityNone").GetInt32()));
        Assert.Equal(3, root.GetProperty("failures").GetArrayLength());
        var kingsLynn = root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("file").GetString() == "kings-lynn-potholes.txt");
        Assert.Equal("Right", kingsLynn.GetProperty("authority").GetString());
        Assert.False(kingsLynn.GetProperty("pairsRight").GetBoolean());
    }

    [Fact]
    public async Task EvalPairs_RecordForAFileNotInTheCorpus_ExitsOneNamingIt()
    {
        Record("missing.json", """{"file": "bradford-99.txt", "pairs": []}""");

        var run = await CliRun.InAsync(_folder.Path, "eval-pairs", "--pairs", "pairs", "--corpus", "corpus");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pair records name files not in the corpus: bradford-99.txt (" + Path.Combine("pairs", "missing.json") + ")", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalPairs_BadRecord_ExitsOneNamingTheFileAndField()
    {
        Record("bad.json", """{"file": "leeds-anpr.txt", "date": "April 2024", "pairs": []}""");

        var run = await CliRun.InAsync(_folder.Path, "eval-pairs", "--pairs", "pairs", "--corpus", "corpus");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Path.Combine("pairs", "bad.json") + ": \"date\" \"April 2024\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalPairs_NoSuchFolder_ExitsOne()
    {
        var run = await CliRun.InAsync(_folder.Path, "eval-pairs", "--pairs", "nowhere", "--corpus", "corpus");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nowhere: folder not found.", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private void Record(string name, string json) => File.WriteAllText(_folder.Combine("pairs", name), json);
}
