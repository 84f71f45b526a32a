using FoiBot.Search;

namespace FoiBot.Cli.Tests;

/// <summary>
/// Each way a running host used to lose its index, played with the real foibot processes a user runs: `foibot serve`
/// following its corpus while folders go and come back and while other `foibot index` processes commit (the reading
/// commands' cases are in <see cref="IndexRootsTests"/>). Every wait is bounded; the servers are killed when each test ends.
/// </summary>
public sealed class ServeFollowsCorpusProcessTests : IDisposable
{
    // A letter none of the seeds is: dropped in later to see that the host still follows.
    private const string LaterLetter = "moray-101000148084.txt";

    private readonly Workspace _home = new(devLetters: false);
    private readonly TempDirectory _elsewhere = new();

    private string IndexPath => _home.Combine("idx");

    public void Dispose()
    {
        _home.Dispose();
        _elsewhere.Dispose();
    }

    [Fact]
    public async Task Serve_CorpusDeleted_KeepsItsLettersSaysDegradedAndReadsTheFolderWhenItIsBack()
    {
        await using var serve = await FoibotProcess.ServeAsync(_home.Root, "--index", IndexPath);
        Assert.Equal(5, (await serve.WaitForAsync(h => h.Status == "ok")).Letters);

        Directory.Delete(_home.Corpus, recursive: true);
        var degraded = await serve.WaitForAsync(h => h.Status == "degraded");
        var answer = await serve.GetAsync("/api/ask?q=Does%20Barnet%20use%20facial%20recognition%3F");
        CopySeedsTo(_home.Corpus);
        File.Copy(Path.Combine(RepoPaths.Dev, LaterLetter), Path.Combine(_home.Corpus, LaterLetter));
        var back = await serve.WaitForAsync(h => h is { Status: "ok", Letters: 6 });

        Assert.Equal(5, degraded.Letters);
        Assert.Contains(degraded.Reasons, r => r.Contains(_home.Corpus, StringComparison.Ordinal) && r.Contains("missing", StringComparison.Ordinal));
        Assert.Contains("5576276", answer, StringComparison.Ordinal);
        Assert.Equal("ok", back.Status);
        Assert.Equal(6, back.Letters);
        Assert.Empty(back.Reasons);
    }

    [Fact]
    public async Task Serve_CorpusMovedAwayChangedAndMovedBack_IndexesTheChange()
    {
        await using var serve = await FoibotProcess.ServeAsync(_home.Root, "--index", IndexPath);
        await serve.WaitForAsync(h => h.Status == "ok");
        var away = _home.Combine("away");

        Directory.Move(_home.Corpus, away);
        var degraded = await serve.WaitForAsync(h => h.Status == "degraded");
        File.Copy(Path.Combine(RepoPaths.Dev, LaterLetter), Path.Combine(away, "seeds", LaterLetter));
        File.Delete(Directory.GetFiles(Path.Combine(away, "seeds"), "*.txt").Order(StringComparer.Ordinal).First(f => !f.EndsWith(LaterLetter, StringComparison.Ordinal)));
        await Task.Delay(1500);
        var stillAway = await serve.HealthAsync();
        Directory.Move(away, _home.Corpus);
        var back = await serve.WaitForAsync(h => h.Status == "ok");
        var found = await serve.WaitUntilAsync(async () => (await serve.GetAsync("/api/search?q=public%20toilets")).Contains("101000148084", StringComparison.Ordinal));

        Assert.Equal(5, degraded.Letters);
        Assert.Equal(5, stillAway.Letters);
        Assert.Equal("ok", back.Status);
        Assert.True(found, "the letter added while the folder was away was never indexed");
        Assert.Equal(5, (await serve.HealthAsync()).Letters);
        Assert.Equal(5, LetterIndex.ReadCommit(IndexPath)!.Letters);
    }

    [Fact]
    public async Task Serve_AnotherProcessIndexesMoreFolders_AdoptsThemAndKeepsFollowingAll()
    {
        var more = _home.Combine("more");
        Directory.CreateDirectory(more);
        foreach (var file in Directory.GetFiles(RepoPaths.Dev, "*.txt").Where(f => !f.EndsWith(LaterLetter, StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(more, Path.GetFileName(file)));
        }

        var moreLetters = Directory.GetFiles(more).Length;
        await using var serve = await FoibotProcess.ServeAsync(_home.Root, "--corpus", "corpus", "--index", IndexPath);
        await serve.WaitForAsync(h => h is { Status: "ok", Letters: 5 });

        var index = await FoibotProcess.RunAsync(_elsewhere.Path, "index", "--corpus", _home.Corpus, "--corpus", more, "--index", IndexPath);
        var adopted = await serve.WaitForAsync(h => h.Letters == 5 + moreLetters);

        // Several of the host's own checks later, the other process's letters are all still there.
        await Task.Delay(3000);
        var later = await serve.HealthAsync();
        File.Copy(Path.Combine(RepoPaths.Dev, LaterLetter), Path.Combine(more, LaterLetter));
        var followed = await serve.WaitForAsync(h => h.Letters == 6 + moreLetters);

        Assert.True(index.ExitCode == 0, index.Error);
        Assert.Equal(5 + moreLetters, adopted.Letters);
        Assert.Equal(5 + moreLetters, later.Letters);
        Assert.Equal("ok", later.Status);
        Assert.Equal(6 + moreLetters, followed.Letters);
        Assert.Equal(new[] { _home.Corpus, more }.Order(StringComparer.Ordinal), LetterIndex.ReadCommit(IndexPath)!.BuildInfo.Roots.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Serve_IndexRebuiltWithForceByAnotherProcess_KeepsFollowingAndSaysOk()
    {
        await using var serve = await FoibotProcess.ServeAsync(_home.Root, "--index", IndexPath);
        await serve.WaitForAsync(h => h is { Status: "ok", Letters: 5 });

        var rebuild = await FoibotProcess.RunAsync(_home.Root, "index", "--force", "--index", IndexPath);
        await Task.Delay(2000);
        File.Copy(Path.Combine(RepoPaths.Dev, LaterLetter), Path.Combine(_home.Corpus, "seeds", LaterLetter));
        var followed = await serve.WaitForAsync(h => h.Letters == 6);

        Assert.True(rebuild.ExitCode == 0, rebuild.Error);
        Assert.Equal("ok", followed.Status);
        Assert.Equal(6, followed.Letters);
        Assert.Contains("101000148084", await serve.GetAsync("/api/search?q=public%20toilets"), StringComparison.Ordinal);
    }

    private static void CopySeedsTo(string corpus)
    {
        var seeds = Path.Combine(corpus, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }
    }
}
