using FoiBot.Core.Authorities;
using FoiBot.Indexing;
using FoiBot.Ingestion.Corpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace FoiBot.Cli.Tests.Import;

/// <summary>A host following its corpus (as `serve` and the bot do) answers from letters an import saves while it runs, without a restart.</summary>
public sealed class ImportWhileFollowingTests
{
    [Fact]
    public async Task Import_IntoAFollowedCorpus_TheHostFindsTheNewLettersByItself()
    {
        using var workspace = new Workspace(devLetters: false);
        await using var site = await FakeAlaveteli.StartAsync();
        var indexPath = workspace.Combine(".foibot", "index");
        IReadOnlyList<string> roots = [workspace.Corpus];
        var store = new IndexStore(new CorpusOptions(), AuthorityCatalog.Default, workspace.Root, TimeProvider.System, NullLogger.Instance);
        using var index = store.Open(indexPath, roots).Index;
        await using var watcher = CorpusWatcher.Start(store, index, indexPath, roots, TimeSpan.FromMilliseconds(50), TimeProvider.System, NullLogger.Instance);
        await watcher.Ready.WaitAsync(Poll.DefaultPatience);
        Assert.Null(index.FindLetter("FOI-24-0117"));

        await CliRun.InAsync(workspace.Root, ImportSettings.Fast, "import", "whatdotheyknow", "--authority", FakeAlaveteli.Authority, "--base-url", site.Address.ToString());

        Assert.True(await Poll.UntilAsync(() => index.FindLetter("FOI-24-0117") is not null), "the imported PDF letter was never found");
        Assert.True(await Poll.UntilAsync(() => index.FindLetter("FOI-24-0230") is not null), "the imported response text was never found");

        // The response's text says where it is published (its canonical link), so its address is known before any rebuild.
        Assert.Equal($"{site.Address}request/parking_permits_2023#incoming-911", index.FindLetter("FOI-24-0230")!.SourceAddress);
    }
}
