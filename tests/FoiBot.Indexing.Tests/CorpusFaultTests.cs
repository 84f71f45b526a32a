using FoiBot.Core.Authorities;
using FoiBot.Ingestion.Corpus;
using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Indexing.Tests;

/// <summary>
/// A host following its corpus through the faults of ordinary use: a folder removed or moved away and back, another
/// process indexing more folders, a forced rebuild. The index never loses a letter on the corpus's account, the fault
/// is reported on the watcher's health, and following resumes by itself.
/// </summary>
public sealed class CorpusFaultTests : IDisposable
{
    private const string MorayToilets = "moray-101000148084.txt";
    private const string MorayToiletsRef = "101000148084";

    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(20);

    private readonly Workspace _workspace = new(devLetters: false);
    private readonly ListLogger _log = new();

    private string IndexPath => _workspace.Combine(".foibot", "index");

    private string Corpus => _workspace.Corpus;

    public void Dispose()
    {
        _workspace.Dispose();
        _log.Dispose();
    }

    [Fact]
    public async Task CorpusFolderDeleted_IndexKeepsItsLettersAndHealthSaysDegraded_UntilTheFolderIsBack()
    {
        var (store, index) = Open([Corpus]);
        using var _ = index;
        await using var watcher = await StartAsync(store, index, [Corpus]);
        var before = index.LetterCount;
        var saved = _workspace.Combine("saved");
        CopyFolder(Corpus, saved);

        Directory.Delete(Corpus, recursive: true);

        Assert.True(await Poll.UntilAsync(() => watcher.Health.Status == "degraded"), "the missing folder was never reported");
        Assert.Contains(watcher.Health.Reasons, r => r.Contains($"{Corpus} is missing", StringComparison.Ordinal));
        Assert.Equal(before, LetterIndex.ReadCommit(IndexPath)!.Letters);
        Assert.Equal(before, index.LetterCount);

        // Back, with one letter more than it had: re-attached, the change picked up, and healthy again.
        File.Copy(Dev(MorayToilets), Path.Combine(saved, "seeds", MorayToilets));
        Directory.Move(saved, Corpus);

        Assert.True(await Poll.UntilAsync(() => index.FindLetter(MorayToiletsRef) is not null), "the folder's return was never followed");
        Assert.True(await Poll.UntilAsync(() => watcher.Health.Status == "ok"), string.Join("; ", watcher.Health.Reasons));
        Assert.Equal(before + 1, index.LetterCount);

        // Watched again: a letter dropped in now is followed too.
        File.Delete(Path.Combine(Corpus, "seeds", MorayToilets));
        Assert.True(await Poll.UntilAsync(() => index.FindLetter(MorayToiletsRef) is null), "the re-attached folder is not watched");
    }

    [Fact]
    public async Task CorpusFolderMovedAwayChangedAndMovedBack_TheChangeIsIndexed()
    {
        var (store, index) = Open([Corpus]);
        using var _ = index;
        await using var watcher = await StartAsync(store, index, [Corpus]);
        var before = index.LetterCount;
        var away = _workspace.Combine("away");

        Directory.Move(Corpus, away);
        Assert.True(await Poll.UntilAsync(() => watcher.Health.Status == "degraded"), "the move was never noticed");
        File.Copy(Dev(MorayToilets), Path.Combine(away, "seeds", MorayToilets));
        Directory.Move(away, Corpus);

        Assert.True(await Poll.UntilAsync(() => index.FindLetter(MorayToiletsRef) is not null), "the change made while away was never indexed");
        Assert.Equal(before + 1, index.LetterCount);
        Assert.True(await Poll.UntilAsync(() => watcher.Health.Status == "ok"), string.Join("; ", watcher.Health.Reasons));
    }

    [Fact]
    public async Task AnotherProcessIndexesMoreFolders_TheHostAdoptsThemAndKeepsTheirLetters()
    {
        var more = _workspace.Combine("more");
        Directory.CreateDirectory(more);
        File.Copy(Dev("moray-101000260045.txt"), Path.Combine(more, "moray-101000260045.txt"));
        var (store, index) = Open([Corpus]);
        using var _ = index;
        await using var watcher = await StartAsync(store, index, [Corpus]);

        // As `foibot index --corpus corpus --corpus more` run by hand while the host follows corpus alone.
        NewStore().Build(IndexPath, [Corpus, more]);
        Assert.True(await Poll.UntilAsync(() => watcher.Roots.Count == 2), "the other process's folders were never adopted");

        // A change in the host's first folder, then in the adopted one: both followed, and the other folder's letters stay.
        File.Copy(Dev(MorayToilets), Path.Combine(Corpus, "seeds", MorayToilets));
        Assert.True(await Poll.UntilAsync(() => index.FindLetter(MorayToiletsRef) is not null), "the first folder stopped being followed");
        File.Copy(Dev("moray-101000291940.txt"), Path.Combine(more, "moray-101000291940.txt"));
        Assert.True(await Poll.UntilAsync(() => index.FindLetter("101000291940") is not null), "the adopted folder is not followed");

        Assert.NotNull(index.FindLetter("101000260045"));
        Assert.Equal([Corpus, more], LetterIndex.ReadCommit(IndexPath)!.BuildInfo.Roots);
        Assert.Equal("ok", watcher.Health.Status);
    }

    [Fact]
    public async Task ForcedRebuildByAnotherProcess_TheHostOpensItAndKeepsFollowing()
    {
        var (store, index) = Open([Corpus]);
        using var _ = index;
        await using var watcher = await StartAsync(store, index, [Corpus]);
        var built = index.BuildInfo.BuiltAt;

        // As `foibot index --force`: a new folder swapped in under the host.
        NewStore().Build(IndexPath, [Corpus]);
        Assert.True(await Poll.UntilAsync(() => index.BuildInfo.BuiltAt != built), "the rebuilt index was never opened");

        File.Copy(Dev(MorayToilets), Path.Combine(Corpus, "seeds", MorayToilets));

        Assert.True(await Poll.UntilAsync(() => index.FindLetter(MorayToiletsRef) is not null), "following stopped after the rebuild");
        Assert.Equal("ok", watcher.Health.Status);
    }

    [Fact]
    public async Task EveryLetterDeletedWhileFollowing_IndexKeepsThemAndSaysSo()
    {
        var (store, index) = Open([Corpus]);
        using var _ = index;
        await using var watcher = await StartAsync(store, index, [Corpus]);
        var before = index.LetterCount;

        foreach (var file in Directory.GetFiles(Corpus, "*.txt", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }

        Assert.True(await Poll.UntilAsync(() => watcher.Health.Reasons.Any(r => r.Contains("hold no letter", StringComparison.Ordinal))), "the emptied corpus was never reported");
        Assert.Equal(before, LetterIndex.ReadCommit(IndexPath)!.Letters);

        File.Copy(Dev(MorayToilets), Path.Combine(Corpus, "seeds", MorayToilets));
        Assert.True(await Poll.UntilAsync(() => index.FindLetter(MorayToiletsRef) is not null && index.LetterCount == 1), "letters coming back were not followed");
        Assert.Equal("ok", watcher.Health.Status);
    }

    private static string Dev(string name) => Path.Combine(RepoPaths.Dev, name);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private IndexStore NewStore() => new(new CorpusOptions(), AuthorityCatalog.Default, _workspace.Root, TimeProvider.System, _log);

    private (IndexStore Store, LetterIndex Index) Open(IReadOnlyList<string> roots)
    {
        var store = NewStore();
        return (store, store.Open(IndexPath, roots).Index);
    }

    private async Task<CorpusWatcher> StartAsync(IndexStore store, LetterIndex index, IReadOnlyList<string> roots)
    {
        var watcher = CorpusWatcher.Start(store, index, IndexPath, roots, TimeSpan.FromMilliseconds(50), TimeProvider.System, _log, checkInterval: TimeSpan.FromMilliseconds(100));
        await watcher.Ready.WaitAsync(s_patience);
        return watcher;
    }
}
