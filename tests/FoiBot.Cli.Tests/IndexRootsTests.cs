using System.Text.Json;
using FoiBot.Search;

namespace FoiBot.Cli.Tests;

/// <summary>
/// An index belongs to the corpus folders it was built from: reading commands find them in the index from any working
/// folder, and nothing a reading command meets (another ./corpus, a folder gone, a folder emptied) costs the index a letter.
/// Each runs the real foibot process, as a user would from a shell.
/// </summary>
public sealed class IndexRootsTests : IDisposable
{
    private const string Question = "Does Barnet use facial recognition?";

    private readonly Workspace _home = new(devLetters: false);
    private readonly TempDirectory _elsewhere = new();

    public IndexRootsTests()
    {
        Directory.Move(_home.Corpus, Mine);
    }

    private string Mine => _home.Combine("mine");

    private string IndexPath => _home.Combine("idx");

    public void Dispose()
    {
        _home.Dispose();
        _elsewhere.Dispose();
    }

    [Fact]
    public async Task Ask_IndexBuiltFromOtherFolders_AnswersFromThemFromAnyWorkingFolder()
    {
        await IndexMineAsync();

        var run = await CliRun.ProcessAsync(_elsewhere.Path, "ask", Question, "--index", IndexPath, "--json");
        var search = await CliRun.ProcessAsync(_elsewhere.Path, "search", "facial recognition", "--index", IndexPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("5576276", Citations(run), StringComparer.Ordinal);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("5576276", search.Output, StringComparison.Ordinal);
        Assert.Equal(5, Letters());
        Assert.Equal([Mine], LetterIndex.ReadCommit(IndexPath)!.BuildInfo.Roots);
    }

    [Fact]
    public async Task Ask_WorkingFolderHasItsOwnCorpus_UsesTheIndexFoldersAndLeavesItsLettersAlone()
    {
        await IndexMineAsync();
        Directory.CreateDirectory(Path.Combine(_elsewhere.Path, "corpus"));
        File.Copy(Path.Combine(RepoPaths.Dev, "moray-101000148084.txt"), Path.Combine(_elsewhere.Path, "corpus", "moray-101000148084.txt"));

        var run = await CliRun.ProcessAsync(_elsewhere.Path, "ask", Question, "--index", IndexPath, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("5576276", Citations(run), StringComparer.Ordinal);
        Assert.Equal(5, Letters());
    }

    [Theory]
    [InlineData("ask")]
    [InlineData("search")]
    [InlineData("show")]
    public async Task ReadingCommand_CorpusOtherThanRecorded_IsAnErrorSayingHowToRebuildAndTheIndexKeepsItsLetters(string command)
    {
        await IndexMineAsync();
        var argument = command == "ask" ? Question : command == "search" ? "facial recognition" : "5576276";

        var run = await CliRun.ProcessAsync(_elsewhere.Path, command, argument, "--index", IndexPath, "--corpus", "/nonexistent");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"was built from {Mine}", run.Error, StringComparison.Ordinal);
        Assert.Contains($"foibot index --index {IndexPath} --corpus /nonexistent", run.Error, StringComparison.Ordinal);
        Assert.Equal(5, Letters());
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("discord", "run")]
    [InlineData("discord", "serve-interactions")]
    public async Task Host_CorpusOtherThanRecorded_IsAnErrorBeforeItStarts(params string[] command)
    {
        await IndexMineAsync();
        var overrides = new Dictionary<string, string?> { ["Discord:Token"] = "t", ["Discord:PublicKey"] = new string('a', 64) };

        var run = await CliRun.ProcessAsync(_elsewhere.Path, overrides, [.. command, "--index", IndexPath, "--corpus", "/nonexistent"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"foibot index --index {IndexPath} --corpus /nonexistent", run.Error, StringComparison.Ordinal);
        Assert.Equal(5, Letters());
    }

    [Fact]
    public async Task Ask_RecordedFolderMissing_WarnsNamingItAndAnswersFromTheIndexAsItIs()
    {
        await IndexMineAsync();
        Directory.Move(Mine, _home.Combine("moved-away"));

        var ask = await CliRun.ProcessAsync(_elsewhere.Path, "ask", Question, "--index", IndexPath, "--json");
        var search = await CliRun.ProcessAsync(_elsewhere.Path, "search", "facial recognition", "--index", IndexPath);

        Assert.Equal(0, ask.ExitCode);
        Assert.Contains($"Warning: corpus folder {Mine} is missing", ask.Error, StringComparison.Ordinal);
        Assert.Contains("5576276", Citations(ask), StringComparer.Ordinal);
        Assert.Equal(0, search.ExitCode);
        Assert.DoesNotContain("No passage matches", search.Output, StringComparison.Ordinal);
        Assert.Equal(5, Letters());
    }

    [Fact]
    public async Task Ask_EveryLetterDeletedFromTheFolder_WarnsAndKeepsTheIndex()
    {
        await IndexMineAsync();
        foreach (var file in Directory.GetFiles(Mine, "*", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }

        var run = await CliRun.ProcessAsync(_elsewhere.Path, "ask", Question, "--index", IndexPath, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Error.Contains("Warning: Not updated", StringComparison.Ordinal), run.Error);
        Assert.Contains("5576276", Citations(run), StringComparer.Ordinal);
        Assert.Equal(5, Letters());
    }

    [Fact]
    public async Task Index_EmptyFolder_ExitsOneAndLeavesTheIndexAsItWas()
    {
        await IndexMineAsync();
        var empty = Directory.CreateDirectory(_home.Combine("empty")).FullName;

        var run = await CliRun.ProcessAsync(_home.Root, "index", "--corpus", empty, "--index", IndexPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("keeps its 5 letters", run.Error, StringComparison.Ordinal);
        Assert.Equal(5, Letters());
        Assert.Equal([Mine], LetterIndex.ReadCommit(IndexPath)!.BuildInfo.Roots);
    }

    [Fact]
    public async Task Index_EmptyFolderWithAllowEmpty_EmptiesTheIndexAsAsked()
    {
        await IndexMineAsync();
        var empty = Directory.CreateDirectory(_home.Combine("empty")).FullName;

        var run = await CliRun.ProcessAsync(_home.Root, "index", "--corpus", empty, "--index", IndexPath, "--allow-empty");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, Letters());
        Assert.Equal([empty], LetterIndex.ReadCommit(IndexPath)!.BuildInfo.Roots);
    }

    [Fact]
    public async Task Index_NewFoldersNamed_BecomeTheIndexFolders()
    {
        await IndexMineAsync();
        var more = _home.Combine("more");
        Directory.CreateDirectory(more);
        File.Copy(Path.Combine(RepoPaths.Dev, "moray-101000148084.txt"), Path.Combine(more, "moray-101000148084.txt"));

        var run = await CliRun.ProcessAsync(_home.Root, "index", "--corpus", Mine, "--corpus", more, "--index", IndexPath);
        var ask = await CliRun.ProcessAsync(_elsewhere.Path, "show", "101000148084", "--index", IndexPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(6, Letters());
        Assert.Equal(0, ask.ExitCode);
        Assert.Equal([Mine, more], LetterIndex.ReadCommit(IndexPath)!.BuildInfo.Roots);
    }

    private async Task IndexMineAsync()
    {
        var run = await CliRun.ProcessAsync(_home.Root, "index", "--corpus", "mine", "--index", IndexPath);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(5, Letters());
    }

    private int Letters() => LetterIndex.ReadCommit(IndexPath)!.Letters;

    private static List<string?> Citations(CliRun run) =>
        [.. JsonDocument.Parse(run.Output).RootElement.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("ref").GetString())];
}
