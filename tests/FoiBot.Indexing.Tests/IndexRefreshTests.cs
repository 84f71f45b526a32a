using FoiBot.Core;
using FoiBot.Core.Authorities;
using FoiBot.Ingestion.Corpus;
using FoiBot.Search;
using FoiBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FoiBot.Indexing.Tests;

/// <summary>
/// A host that does not follow the corpus (FoiBot:WatchCorpus off) still shows what other processes commit: letters
/// written in place, and a full rebuild swapped into the folder, without a restart.
/// </summary>
public sealed class IndexRefreshTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string IndexPath => _temp.Combine("index");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task FollowOff_LetterAddedInPlaceByAnotherWriter_IsFoundWithoutReopening()
    {
        using var index = CorpusIndex.Build(IndexPath);
        var before = index.LetterCount;
        await using var watcher = Start(index);

        using (var writer = LetterIndexWriter.Open(IndexPath))
        {
            writer.Upsert([new IndexedLetter("refresh-test", NewLetter())]);
            writer.Commit(index.BuildInfo);
        }

        Assert.True(await Poll.UntilAsync(() => index.FindLetter("RT-2026-0001") is not null), "the new letter was never shown");
        Assert.Equal(before + 1, index.LetterCount);
    }

    [Fact]
    public async Task FollowOff_FolderRebuiltUnderTheHost_IsOpenedAfreshAndAnswered()
    {
        using var index = CorpusIndex.Build(IndexPath);
        await using var watcher = Start(index);
        Assert.NotNull(index.FindLetter("5576276"));

        // As `foibot index --force` would: a new folder swapped in, here holding one letter only.
        LetterIndexBuilder.Build(IndexPath, [new IndexedLetter("refresh-test", NewLetter())], index.BuildInfo with { CorpusFingerprint = "rebuilt" });

        Assert.True(await Poll.UntilAsync(() => index.FindLetter("RT-2026-0001") is not null), "the rebuilt index was never opened");
        Assert.Null(index.FindLetter("5576276"));
        Assert.Equal(1, index.LetterCount);
        Assert.Equal("ok", watcher.Health.Status);
    }

    private CorpusWatcher Start(LetterIndex index)
    {
        var store = new IndexStore(new CorpusOptions(), AuthorityCatalog.Default, RepoPaths.Root, TimeProvider.System, NullLogger.Instance);
        return CorpusWatcher.Start(
            store, index, IndexPath, [RepoPaths.Corpus], CorpusWatcher.DefaultQuiet, TimeProvider.System, NullLogger.Instance, follow: false, checkInterval: TimeSpan.FromMilliseconds(50));
    }

    private static Disclosure NewLetter() => new()
    {
        Source = "refresh-test.txt",
        Authority = "London Borough of Barnet",
        References = ["RT-2026-0001"],
        ResponseDate = new DateOnly(2026, 11, 1),
        Pairs = [new QaPair { Question = "Do you use drones?", Answer = "Not used.", Outcome = Outcome.No }],
    };
}
