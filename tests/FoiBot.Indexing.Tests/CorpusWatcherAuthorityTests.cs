using FoiBot.Core;
using FoiBot.Core.Authorities;
using FoiBot.Ingestion.Corpus;
using FoiBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FoiBot.Indexing.Tests;

/// <summary>A host following a folder indexed as one authority's reads the letters dropped into it as that authority's.</summary>
public sealed class CorpusWatcherAuthorityTests : IDisposable
{
    private const string Lambeth = "London Borough of Lambeth";

    private readonly Workspace _workspace = new(devLetters: false);
    private readonly ListLogger _log = new();

    public void Dispose()
    {
        _workspace.Dispose();
        _log.Dispose();
    }

    [Fact]
    public async Task LetterDroppedIntoAFolderWithAnAuthority_IsThatAuthoritys()
    {
        var indexPath = _workspace.Combine(".foibot", "index");
        var store = new IndexStore(new CorpusOptions(), AuthorityCatalog.Default, _workspace.Root, TimeProvider.System, NullLogger.Instance);
        var roots = CorpusRoots.Normalise([_workspace.Corpus]);
        var authorities = new Dictionary<string, string> { [_workspace.Corpus] = "Lambeth Council" };
        using var index = store.Open(indexPath, roots, authorities: authorities).Index;
        Assert.Equal(Lambeth, index.BuildInfo.RootAuthorities[roots[0]]);

        await using var watcher = CorpusWatcher.Start(store, index, indexPath, roots, TimeSpan.FromMilliseconds(50), TimeProvider.System, _log);
        await watcher.Ready.WaitAsync(TimeSpan.FromSeconds(20));
        File.WriteAllText(_workspace.Combine("corpus", "seeds", "dropped.txt"), SmallLetters.Unsigned);

        Assert.True(await Poll.UntilAsync(() => index.FindLetter("7654321") is not null), "the dropped letter was never indexed");
        var dropped = index.FindLetter("7654321")!;
        Assert.Equal((Lambeth, AuthoritySource.CorpusFolder), (dropped.Authority, dropped.AuthoritySource));
        Assert.Equal(Lambeth, index.BuildInfo.RootAuthorities[roots[0]]);
    }
}
