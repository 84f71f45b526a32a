using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Loading;

public sealed class CorpusLoaderTests
{
    [Fact]
    public void Load_SameLetterTwice_IndexesItOnceAndSaysWhy()
    {
        using var folder = new TempDirectory();
        var text = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "000_6e30a4500a135622.txt"));
        File.WriteAllText(folder.Combine("a.txt"), text);
        File.WriteAllText(folder.Combine("b.txt"), text.Replace("\n", "\r\n", StringComparison.Ordinal));

        var load = new CorpusLoader(new CorpusOptions(), new LetterParser(), folder.Path).Load([folder.Path]);

        Assert.Equal("a.txt", Assert.Single(load.Letters).Disclosure.Source);
        var skipped = Assert.Single(load.Skipped);
        Assert.EndsWith("b.txt", skipped.Path, StringComparison.Ordinal);
        Assert.Equal("same text as a.txt; indexed once", skipped.Reason);
    }

    [Fact]
    public void Load_TextThatIsNoLetter_IsSkippedWithItsReason()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.Combine("notes.txt"), "Remember to buy milk. The meeting moved to Tuesday.");

        var load = new CorpusLoader(new CorpusOptions(), new LetterParser(), folder.Path).Load([folder.Path]);

        Assert.Empty(load.Letters);
        Assert.Equal("no FOI request or response found in the text", Assert.Single(load.Skipped).Reason);
    }

    [Fact]
    public void Load_LetterListedInSourcesManifest_TakesWhatTheTextLacksFromIt()
    {
        var load = new CorpusLoader(new CorpusOptions(), new LetterParser(), RepoPaths.Corpus).Load([RepoPaths.Dev]);

        var devon = load.Letters.Single(l => l.Disclosure.Source == "dev/devon-p13435.txt").Disclosure;
        Assert.Equal("Devon County Council", devon.Authority);
        Assert.Equal(["p13435"], devon.References);
        Assert.Contains(devon.Diagnostics, d => d.Field == "authority" && d.Message.Contains("manifest", StringComparison.Ordinal));
        Assert.Equal(46, load.Letters.Count);
    }

    [Fact]
    public void Load_Progress_CountsEveryFileLookedAt()
    {
        var seen = new List<int>();

        new CorpusLoader(new CorpusOptions(), new LetterParser()).Load([RepoPaths.Seeds], new SynchronousProgress(seen));

        Assert.Equal([1, 2, 3, 4, 5], seen);
    }

    private sealed class SynchronousProgress(List<int> seen) : IProgress<int>
    {
        public void Report(int value) => seen.Add(value);
    }
}
