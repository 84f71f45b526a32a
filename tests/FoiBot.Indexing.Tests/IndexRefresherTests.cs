using FoiBot.Indexing;
using FoiBot.Core;
using FoiBot.Search;
using FoiBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FoiBot.Indexing.Tests;

/// <summary>A host's open index picks up letters written in place by another writer, as `foibot index` writes them.</summary>
public sealed class IndexRefresherTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Start_LetterAddedInPlaceByAnotherWriter_IsFoundWithoutReopening()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("index");
        using var index = CorpusIndex.Build(path);
        var before = index.LetterCount;
        await using var refresher = IndexRefresher.Start(index, path, TimeSpan.FromMilliseconds(50), TimeProvider.System, NullLogger.Instance);

        using (var writer = LetterIndexWriter.Open(path))
        {
            writer.Upsert([new IndexedLetter("refresh-test", NewLetter())]);
            writer.Commit(index.BuildInfo);
        }

        Assert.True(await Poll.UntilAsync(() => index.FindLetter("RT-2026-0001") is not null), "the refresher never showed the new letter");
        Assert.Equal(before + 1, index.LetterCount);
    }

    [Fact]
    public async Task Start_FolderRebuiltUnderTheHost_StopsAndKeepsAnsweringFromWhatItHad()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("index");
        using var index = CorpusIndex.Build(path);
        var refresher = IndexRefresher.Start(index, path, TimeSpan.FromMilliseconds(50), TimeProvider.System, NullLogger.Instance);

        CorpusIndex.Build(path).Dispose();
        await Task.Delay(300);
        await refresher.DisposeAsync().AsTask().WaitAsync(s_patience);

        Assert.NotNull(index.FindLetter("5576276"));
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
