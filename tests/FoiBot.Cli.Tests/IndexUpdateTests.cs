using FoiBot.Search;

namespace FoiBot.Cli.Tests;

/// <summary>`foibot index` over a corpus that changed file by file updates the index in place instead of rebuilding it.</summary>
public sealed class IndexUpdateTests
{
    private const string First = "000_6e30a4500a135622.txt";

    private static readonly string[] s_queries = ["facial recognition", "cctv cameras", "public toilets", "herbicides glyphosate", "cyber attack"];

    [Fact]
    public async Task Index_FileAddedEditedThenDeleted_UpdatesOnlyThatLetter()
    {
        using var workspace = new Workspace(devLetters: false);
        await CliRun.InAsync(workspace.Root, "index");
        var added = workspace.Combine("corpus", "seeds", "zz-added.txt");
        File.Copy(DevLetter(), added);

        var add = await CliRun.InAsync(workspace.Root, "index");
        Assert.Contains("Updated the index: 1 added, 0 changed, 0 removed", add.Output, StringComparison.Ordinal);
        Assert.Contains("6 letters", add.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRun.InAsync(workspace.Root, "show", "zz-added.txt")).ExitCode);

        File.AppendAllText(added, "\nA late note.\n");
        var edit = await CliRun.InAsync(workspace.Root, "index");
        Assert.Contains("Updated the index: 0 added, 1 changed, 0 removed", edit.Output, StringComparison.Ordinal);
        Assert.Contains("6 letters", edit.Output, StringComparison.Ordinal);

        File.Delete(added);
        var delete = await CliRun.InAsync(workspace.Root, "index");
        Assert.Contains("Updated the index: 0 added, 0 changed, 1 removed", delete.Output, StringComparison.Ordinal);
        Assert.Contains("5 letters", delete.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, (await CliRun.InAsync(workspace.Root, "show", "zz-added.txt")).ExitCode);
        Assert.Contains("is up to date (5 letters)", (await CliRun.InAsync(workspace.Root, "index")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_FirstOfTwoDuplicatesDeleted_IndexesTheOtherCopy()
    {
        using var workspace = new Workspace(devLetters: false);
        var copy = workspace.Combine("corpus", "seeds", "zz-copy.txt");
        File.Copy(workspace.Combine("corpus", "seeds", First), copy);
        await CliRun.InAsync(workspace.Root, "index");
        Assert.NotEqual(0, (await CliRun.InAsync(workspace.Root, "show", "zz-copy.txt")).ExitCode);

        File.Delete(workspace.Combine("corpus", "seeds", First));
        var run = await CliRun.InAsync(workspace.Root, "index");

        Assert.Contains("Updated the index: 0 added, 0 changed, 1 removed", run.Output, StringComparison.Ordinal);
        Assert.Contains("5 letters", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRun.InAsync(workspace.Root, "show", "zz-copy.txt")).ExitCode);
    }

    [Fact]
    public async Task Index_SourcesTableEdited_RebuildsEverything()
    {
        using var workspace = new Workspace();
        await CliRun.InAsync(workspace.Root, "index");

        File.AppendAllText(workspace.Combine("corpus", "dev", "SOURCES.md"), "\n");
        var run = await CliRun.InAsync(workspace.Root, "index");

        Assert.Contains("Indexed 51 letters", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Updated the index", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_AfterASequenceOfUpdates_MatchesAFreshBuild()
    {
        using var workspace = new Workspace();
        await CliRun.InAsync(workspace.Root, "index");
        var dev = workspace.Combine("corpus", "dev");
        var letters = Directory.GetFiles(dev, "*.txt").Order(StringComparer.Ordinal).ToList();
        File.Copy(letters[3], workspace.Combine("corpus", "seeds", "copied.txt"));
        Assert.Contains("Updated the index", (await CliRun.InAsync(workspace.Root, "index")).Output, StringComparison.Ordinal);
        File.Delete(letters[3]);
        File.Delete(letters[5]);
        File.AppendAllText(letters[7], "\nA late note.\n");
        Assert.Contains("Updated the index: 0 added, 1 changed, 2 removed", (await CliRun.InAsync(workspace.Root, "index")).Output, StringComparison.Ordinal);
        await CliRun.InAsync(workspace.Root, "index", "--force", "--index", "fresh");

        using var updated = LetterIndex.Open(workspace.Combine(".foibot", "index"));
        using var fresh = LetterIndex.Open(workspace.Combine("fresh"));

        Assert.Equal(fresh.LetterCount, updated.LetterCount);
        Assert.Equal(fresh.PassageCount, updated.PassageCount);
        Assert.Equal(fresh.Authorities, updated.Authorities);
        Assert.Equal(Keys(fresh.Files()), Keys(updated.Files()));
        // The same passages are found; their order may differ slightly, as BM25's statistics count deleted
        // passages until segments merge.
        foreach (var query in s_queries)
        {
            Assert.Equal(Hits(fresh, query), Hits(updated, query));
        }
    }

    [Fact]
    public async Task Ask_AfterAFileWasAdded_UpdatesTheIndexBeforeAnswering()
    {
        using var workspace = new Workspace(devLetters: false);
        await CliRun.InAsync(workspace.Root, "index");
        File.Copy(DevLetter(), workspace.Combine("corpus", "seeds", "zz-added.txt"));

        await CliRun.InAsync(workspace.Root, "ask", "Does Barnet use facial recognition?");

        Assert.Contains("is up to date (6 letters)", (await CliRun.InAsync(workspace.Root, "index")).Output, StringComparison.Ordinal);
    }

    /// <summary>A letter of the repository's dev corpus, which the seeds-only workspace does not hold.</summary>
    private static string DevLetter() => Directory.GetFiles(FoiBot.Testing.RepoPaths.Dev, "*.txt").Order(StringComparer.Ordinal).First();

    private static List<string> Keys(IReadOnlyList<IndexedFile> files) =>
        [.. files.Select(f => $"{f.Key}:{string.Join(',', f.Letters)}:{string.Join(',', f.Duplicates)}").Order(StringComparer.Ordinal)];

    private static List<string> Hits(LetterIndex index, string text) =>
        [.. index.Search(new PassageQuery { Text = text, Limit = PassageQuery.MaxLimit }).Select(h => $"{h.LetterId}#{h.PairIndex}").Order(StringComparer.Ordinal)];
}
