using FoiBot.Indexing;
using FoiBot.Core.Authorities;
using FoiBot.Ingestion.Corpus;
using FoiBot.Search;
using FoiBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FoiBot.Indexing.Tests;

/// <summary>
/// A host following its corpus folders: letters dropped in, edited, copied, removed or moved in whole folders are
/// answered from the open index without a restart, and the index ends as `foibot index` would leave it.
/// </summary>
public sealed class CorpusWatcherTests : IDisposable
{
    private const string Seed = "000_6e30a4500a135622.txt";
    private const string MorayToilets = "moray-101000148084.txt";
    private const string MorayToiletsRef = "101000148084";

    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(20);

    private readonly Workspace _workspace = new(devLetters: false);
    private readonly ListLogger _log = new();

    private string IndexPath => _workspace.Combine(".foibot", "index");

    private IReadOnlyList<string> Roots => [_workspace.Corpus];

    public void Dispose()
    {
        _workspace.Dispose();
        _log.Dispose();
    }

    [Fact]
    public async Task LetterDroppedInEditedThenDeleted_IsAnsweredThenReplacedThenGone()
    {
        var (store, index) = Open();
        using var _ = index;
        await using var watcher = await StartAsync(store, index);
        var before = index.LetterCount;
        var dropped = _workspace.Combine("corpus", "seeds", "new-letter.txt");

        File.Copy(Dev(MorayToilets), dropped);
        Assert.True(await Poll.UntilAsync(() => index.FindLetter(MorayToiletsRef) is not null), "the dropped letter was never found");
        Assert.Equal(before + 1, index.LetterCount);

        File.WriteAllText(dropped, File.ReadAllText(Dev(MorayToilets)).Replace(MorayToiletsRef, "101000999999", StringComparison.Ordinal));
        Assert.True(await Poll.UntilAsync(() => index.FindLetter("101000999999") is not null && index.FindLetter(MorayToiletsRef) is null), "the edit was never followed");
        Assert.Equal(before + 1, index.LetterCount);

        File.Delete(dropped);
        Assert.True(await Poll.UntilAsync(() => index.FindLetter("101000999999") is null), "the deleted letter was still found");
        Assert.Equal(before, index.LetterCount);
        AssertCurrent(store, index);
    }

    [Fact]
    public async Task FileHoldingTheIndexedCopyDeleted_TheLetterStaysFromTheOtherCopy()
    {
        var copy = _workspace.Combine("corpus", "seeds", "zz-copy.txt");
        File.Copy(_workspace.Combine("corpus", "seeds", Seed), copy);
        var (store, index) = Open();
        using var _ = index;
        await using var watcher = await StartAsync(store, index);
        var before = index.LetterCount;
        var source = index.FindLetter("5576276")!.Source;

        File.Delete(_workspace.Combine("corpus", "seeds", Seed));

        Assert.True(await Poll.UntilAsync(() => index.FindLetter("5576276")?.Source != source), "the letter was not re-indexed from its copy");
        Assert.EndsWith("zz-copy.txt", index.FindLetter("5576276")!.Source, StringComparison.Ordinal);
        Assert.Equal(before, index.LetterCount);
        AssertCurrent(store, index);
    }

    [Fact]
    public async Task FolderMovedInThenRemoved_ItsLettersAreAnsweredThenGone()
    {
        var (store, index) = Open();
        using var _ = index;
        await using var watcher = await StartAsync(store, index);
        var before = index.LetterCount;
        var staging = _workspace.Combine("staging");
        Directory.CreateDirectory(Path.Combine(staging, "older"));
        Directory.CreateDirectory(Path.Combine(staging, ".drafts"));
        File.Copy(Dev(MorayToilets), Path.Combine(staging, MorayToilets));
        File.Copy(Dev("moray-101000260045.txt"), Path.Combine(staging, "older", "moray-101000260045.txt"));
        File.Copy(Dev("moray-101000291940.txt"), Path.Combine(staging, ".drafts", "moray-101000291940.txt"));

        Directory.Move(staging, _workspace.Combine("corpus", "moray"));
        Assert.True(await Poll.UntilAsync(() => index.LetterCount == before + 2), "the folder moved in was not indexed");
        Assert.NotNull(index.FindLetter(MorayToiletsRef));
        Assert.NotNull(index.FindLetter("101000260045"));
        AssertCurrent(store, index);

        Directory.Delete(_workspace.Combine("corpus", "moray"), recursive: true);
        Assert.True(await Poll.UntilAsync(() => index.LetterCount == before), "the removed folder's letters stayed");
        Assert.Null(index.FindLetter(MorayToiletsRef));
        AssertCurrent(store, index);

        // Followed folder by folder, not by comparing every file again.
        Assert.DoesNotContain(_log.Lines, l => l.Contains("lost track", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IndexHeldByAnotherWriter_TheChangeWaitsAndIsNotLost()
    {
        var (store, index) = Open();
        using var _ = index;
        await using var watcher = await StartAsync(store, index);

        using (LetterIndexWriter.Open(IndexPath))
        {
            File.Copy(Dev(MorayToilets), _workspace.Combine("corpus", "seeds", MorayToilets));
            Assert.True(await Poll.UntilAsync(() => _log.Lines.Any(l => l.Contains("could not be indexed yet", StringComparison.Ordinal))), "no retry was reported");
            Assert.Null(index.FindLetter(MorayToiletsRef));
        }

        Assert.True(await Poll.UntilAsync(() => index.FindLetter(MorayToiletsRef) is not null), "the change was lost while the index was held");
        AssertCurrent(store, index);
    }

    [Fact]
    public async Task IndexUpdatedByAnotherProcessMeanwhile_TheWatcherComparesEverythingAndStaysCorrect()
    {
        var (store, index) = Open();
        using var _ = index;
        await using var watcher = await StartAsync(store, index);
        File.Copy(Dev(MorayToilets), _workspace.Combine("corpus", "seeds", MorayToilets));
        Assert.True(await Poll.UntilAsync(() => index.FindLetter(MorayToiletsRef) is not null));

        // As `foibot index` run by hand would: the index now reflects a corpus the watcher has not seen.
        var other = _workspace.Combine("corpus", "seeds", "moray-101000260045.txt");
        File.Copy(Dev("moray-101000260045.txt"), other);
        var scan = store.Scan(Roots);
        var external = NewStore();
        Assert.NotNull(external.TryUpdate(IndexPath, scan, Roots));
        File.Delete(_workspace.Combine("corpus", "seeds", MorayToilets));

        Assert.True(await Poll.UntilAsync(() => index.FindLetter(MorayToiletsRef) is null && index.FindLetter("101000260045") is not null), "the watcher lost track");
        AssertCurrent(store, index);
    }

    [Fact]
    public async Task ProvenanceTableEdited_IsReportedAndLeftForARebuild_LettersStillFollowed()
    {
        var table = AddSourcesTable();
        var (store, index) = Open();
        using var _ = index;
        await using var watcher = await StartAsync(store, index);
        var baseFingerprint = index.BuildInfo.BaseFingerprint;

        File.AppendAllText(table, "\n");
        Assert.True(await Poll.UntilAsync(() => _log.Lines.Any(l => l.Contains("Provenance table", StringComparison.Ordinal) && l.Contains("SOURCES.md", StringComparison.Ordinal))), "the edit was not reported");
        File.Copy(Dev(MorayToilets), _workspace.Combine("corpus", "dev", MorayToilets));

        Assert.True(await Poll.UntilAsync(() => index.FindLetter(MorayToiletsRef) is not null), "letters stopped being followed");
        Assert.Equal(baseFingerprint, index.BuildInfo.BaseFingerprint);

        // The table edit is still owed: the next `foibot index` rebuilds rather than updating in place.
        Assert.Null(NewStore().TryUpdate(IndexPath, store.Scan(Roots), Roots));
    }

    [Fact]
    public async Task ProvenanceTableEditedBeforeTheWatchStarted_IsReportedAndTheIndexLeftForARebuild()
    {
        var table = AddSourcesTable();
        var (store, index) = Open();
        using var _ = index;
        var built = index.BuildInfo;
        File.AppendAllText(table, "\n");
        File.Copy(Dev(MorayToilets), _workspace.Combine("corpus", "seeds", MorayToilets));

        await using var watcher = await StartAsync(store, index);

        Assert.Contains(_log.Lines, l => l.Contains("Provenance table", StringComparison.Ordinal) && l.Contains("SOURCES.md", StringComparison.Ordinal));
        Assert.Equal(built, LetterIndex.ReadCommit(IndexPath)!.BuildInfo);
        Assert.Null(index.FindLetter(MorayToiletsRef));
    }

    [Fact]
    public async Task ChangedBeforeTheWatchStarted_IsCaughtUpOnAtStart()
    {
        var (store, index) = Open();
        using var _ = index;
        File.Copy(Dev(MorayToilets), _workspace.Combine("corpus", "seeds", MorayToilets));

        await using var watcher = await StartAsync(store, index);

        Assert.NotNull(index.FindLetter(MorayToiletsRef));
        AssertCurrent(store, index);
    }

    [Fact]
    public async Task IgnoredFiles_LeaveTheIndexAlone()
    {
        var (store, index) = Open();
        using var _ = index;
        await using var watcher = await StartAsync(store, index);
        var before = index.LetterCount;

        File.WriteAllText(_workspace.Combine("corpus", "seeds", "README.md"), "About these letters.");
        File.WriteAllText(_workspace.Combine("corpus", "seeds", ".draft.txt"), "Our ref: 99");
        File.WriteAllText(_workspace.Combine("corpus", "seeds", "table.xlsx"), "x");

        // A letter written after them: once it is followed, the events before it have been dealt with too.
        File.Copy(Dev(MorayToilets), _workspace.Combine("corpus", "seeds", MorayToilets));
        Assert.True(await Poll.UntilAsync(() => index.FindLetter(MorayToiletsRef) is not null), "the letter written last was never followed");

        Assert.Equal(before + 1, index.LetterCount);
        Assert.Null(index.FindLetter("99"));
        Assert.All(_log.Lines.Where(l => l.Contains("follows the corpus", StringComparison.Ordinal)), l => Assert.Contains("1 files added, 0 changed, 0 removed", l, StringComparison.Ordinal));
        AssertCurrent(store, index);
    }

    [Fact]
    public void WarmUp_OnALetterNotYetIndexed_LeavesTheIndexExactlyAsItWas()
    {
        var (store, index) = Open();
        using var _ = index;
        var before = (index.LetterCount, index.PassageCount, index.BuildInfo);
        File.Copy(Dev(MorayToilets), _workspace.Combine("corpus", "seeds", MorayToilets));
        var scan = store.Scan(Roots);

        store.WarmUp(IndexPath, scan, scan.Files.Single(f => f.FullPath.EndsWith(MorayToilets, StringComparison.Ordinal)));

        // Had the warm-up committed what it indexed, the new letter would be there.
        using var reopened = LetterIndex.Open(IndexPath);
        Assert.Null(reopened.FindLetter(MorayToiletsRef));
        Assert.Equal(before, (reopened.LetterCount, reopened.PassageCount, reopened.BuildInfo));
    }

    private static string Dev(string name) => Path.Combine(RepoPaths.Dev, name);

    /// <summary>Puts the dev letters' provenance table into the corpus (as corpus/dev/SOURCES.md) and returns its path.</summary>
    private string AddSourcesTable()
    {
        var table = _workspace.Combine("corpus", "dev", "SOURCES.md");
        Directory.CreateDirectory(Path.GetDirectoryName(table)!);
        File.Copy(Dev("SOURCES.md"), table);
        return table;
    }

    private IndexStore NewStore() => new(new CorpusOptions(), AuthorityCatalog.Default, _workspace.Root, TimeProvider.System, NullLogger.Instance);

    private (IndexStore Store, LetterIndex Index) Open()
    {
        var store = NewStore();
        return (store, store.Open(IndexPath, Roots).Index);
    }

    private async Task<CorpusWatcher> StartAsync(IndexStore store, LetterIndex index)
    {
        var watcher = CorpusWatcher.Start(store, index, IndexPath, Roots, TimeSpan.FromMilliseconds(50), TimeProvider.System, _log);
        await watcher.Ready.WaitAsync(s_patience);
        return watcher;
    }

    /// <summary>The index records exactly the corpus on disk, so `foibot index` finds it up to date, and holds what a fresh build would.</summary>
    private void AssertCurrent(IndexStore store, LetterIndex index)
    {
        index.Refresh();
        var scan = store.Scan(Roots);
        Assert.Equal(scan.Fingerprint(), index.BuildInfo.CorpusFingerprint);
        using var fresh = new TempDirectory();
        NewStore().Build(fresh.Path, Roots);
        using var rebuilt = LetterIndex.Open(fresh.Path);
        Assert.Equal(Letters(rebuilt), Letters(index));
    }

    private static List<string> Letters(LetterIndex index) =>
        [.. index.AllLetters().Select(l => $"{l.Source}|{string.Join(',', l.References)}").Order(StringComparer.Ordinal)];
}
