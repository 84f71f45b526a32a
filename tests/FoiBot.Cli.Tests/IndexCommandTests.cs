using System.Text;

namespace FoiBot.Cli.Tests;

public sealed class IndexCommandTests
{
    [Fact]
    public async Task Index_FolderWithBadFilesAndAWindows1252Letter_IndexesEveryGoodLetterNamesEachBadFileAndSucceeds()
    {
        using var workspace = new Workspace(devLetters: false);
        var seeds = workspace.Combine("corpus", "seeds");
        File.WriteAllBytes(Path.Combine(seeds, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(seeds, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x00, 0x3E, 0x00]);
        File.WriteAllBytes(Path.Combine(seeds, "latin1.txt"), Encoding.Latin1.GetBytes("Our ref: 1234567\nThe council\u2019s answer: \u00e9t\u00e9 caf\u00e9.").Select(b => b == 0x3F ? (byte)0x92 : b).ToArray());
        using (var huge = File.Create(Path.Combine(seeds, "huge.txt")))
        {
            huge.SetLength(1L << 30);
        }

        var run = await CliRun.InAsync(workspace.Root, "index");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Indexed 6 letters", run.Output, StringComparison.Ordinal);
        Assert.Contains("Skipped 3:", run.Output, StringComparison.Ordinal);
        Assert.Contains("corpus/seeds/empty.txt: empty file", run.Output, StringComparison.Ordinal);
        Assert.Contains("corpus/seeds/binary.txt: binary file", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("latin1.txt", run.Output, StringComparison.Ordinal);
        Assert.Contains("corpus/seeds/huge.txt: too large (1.0 GB", run.Output, StringComparison.Ordinal);

        var ask = await CliRun.InAsync(workspace.Root, "ask", "Does Barnet use facial recognition?", "--json");
        Assert.DoesNotContain("Built the index", ask.Error, StringComparison.Ordinal);
        Assert.Contains("\"verdict\":\"no\"", ask.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_RunTwiceOverAnUnchangedCorpus_SecondRunDoesNoWork()
    {
        using var workspace = new Workspace(devLetters: false);
        var first = await CliRun.InAsync(workspace.Root, "index");
        var written = Directory.GetLastWriteTimeUtc(workspace.Combine(".foibot", "index"));

        var second = await CliRun.InAsync(workspace.Root, "index");

        Assert.Contains("Throughput: ", first.Output, StringComparison.Ordinal);
        Assert.Matches(@"Throughput: \d+\.\d letters/s, \d+\.\d\d MB/s\.", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("is up to date (5 letters)", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Indexed", second.Output, StringComparison.Ordinal);
        Assert.Equal(written, Directory.GetLastWriteTimeUtc(workspace.Combine(".foibot", "index")));

        File.AppendAllText(workspace.Combine("corpus", "seeds", "000_6e30a4500a135622.txt"), "\nA late note.\n");
        var third = await CliRun.InAsync(workspace.Root, "index");
        Assert.Contains("Updated the index: 0 added, 1 changed, 0 removed", third.Output, StringComparison.Ordinal);

        var forced = await CliRun.InAsync(workspace.Root, "index", "--force");
        Assert.Contains("Indexed 5 letters", forced.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_SeveralCorpusFoldersAndACustomIndex_IndexesThemAll()
    {
        using var workspace = new Workspace();

        var run = await CliRun.InAsync(workspace.Root, "index", "--corpus", "corpus/seeds", "--corpus", "corpus/dev", "--index", "custom-index");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Indexed 51 letters", run.Output, StringComparison.Ordinal);
        Assert.Contains("into custom-index", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_NoLetters_ExitsOneAndWritesNoIndex()
    {
        using var workspace = new Workspace(devLetters: false);
        Directory.CreateDirectory(workspace.Combine("nothing"));
        File.WriteAllText(workspace.Combine("nothing", "notes.txt"), "Shopping list: eggs, milk, bread.");

        var run = await CliRun.InAsync(workspace.Root, "index", "--corpus", "nothing", "--index", "empty-index");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothing/notes.txt: no FOI request or response found", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(workspace.Combine("empty-index")));
    }

    [Fact]
    public async Task Index_MissingCorpusFolder_ExitsOneNamingItAndWritesNothing()
    {
        using var workspace = new Workspace(devLetters: false);

        var run = await CliRun.InAsync(workspace.Root, "index", "--corpus", "corpus", "--corpus", "no-such-folder");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{workspace.Combine("no-such-folder")} is missing", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(workspace.Combine(".foibot", "index")));
    }
}
