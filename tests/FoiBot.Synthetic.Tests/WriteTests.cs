using System.Security.Cryptography;
using FoiBot.Ingestion.Corpus;
using FoiBot.Testing;

namespace FoiBot.Synthetic.Tests;

public sealed class WriteTests
{
    [Fact]
    public void Write_TwiceIntoTwoFolders_IdenticalFiles()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var options = new SyntheticCorpusOptions { Letters = 300, Seed = 11, Questions = 40 };

        SyntheticCorpus.Write(first.Path, options);
        SyntheticCorpus.Write(second.Path, options with { MaxParallelism = 1 });

        var firstHashes = Hashes(first.Path);
        Assert.Equal(302, firstHashes.Count);
        Assert.Equal(firstHashes, Hashes(second.Path));
    }

    [Fact]
    public void Write_MoreThanAThousandLetters_AtMostAThousandAFolder()
    {
        using var folder = new TempDirectory();

        var result = SyntheticCorpus.Write(folder.Path, new SyntheticCorpusOptions { Letters = 2100, Questions = 10 });

        var shards = Directory.GetDirectories(folder.Path).Select(d => Directory.GetFiles(d).Length).ToList();
        Assert.Equal([1000, 1000, 100], shards);
        Assert.Equal(2100, result.Letters);
        Assert.Equal(shards.Sum(), File.ReadLines(result.TruthPath).Count());
    }

    [Fact]
    public void Write_CorpusScanner_ListsEveryLetterAndNotTheTruthFiles()
    {
        using var folder = new TempDirectory();
        SyntheticCorpus.Write(folder.Path, new SyntheticCorpusOptions { Letters = 120, Questions = 10 });

        var scan = new CorpusScanner(new CorpusOptions()).Scan([folder.Path]);

        Assert.Equal(120, scan.Files.Count);
        Assert.Empty(scan.Skipped);
        Assert.All(scan.Files, f => Assert.EndsWith(".txt", f.RelativePath, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_AgainOverAFinishedCorpus_SkipsEveryLetter()
    {
        using var folder = new TempDirectory();
        var options = new SyntheticCorpusOptions { Letters = 150, Questions = 10 };
        var first = SyntheticCorpus.Write(folder.Path, options);
        File.WriteAllText(Path.Combine(folder.Path, SyntheticCorpus.RelativePath(7)), "cut short");

        var second = SyntheticCorpus.Write(folder.Path, options);

        Assert.Equal(0, first.Skipped);
        Assert.Equal(149, second.Skipped);
        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal(SyntheticCorpus.Generate(1, 7).Text, File.ReadAllText(Path.Combine(folder.Path, SyntheticCorpus.RelativePath(7))));
    }

    private static Dictionary<string, string> Hashes(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
