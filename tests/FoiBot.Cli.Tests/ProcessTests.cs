using System.Diagnostics;
using System.Text.Json;
using FoiBot.Search;

namespace FoiBot.Cli.Tests;

/// <summary>Runs the real foibot executable as a user would, from a fresh working folder with no index.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task FoibotAsk_FreshFolder_BuildsTheIndexAndAnswersWithExitCodeZero()
    {
        using var workspace = new Workspace();
        var (exitCode, output, error) = await FoibotProcess.RunAsync(workspace.Root, "ask", "Does Barnet use facial recognition?", "--json");

        Assert.True(exitCode == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("no", root.GetProperty("verdict").GetString());
        Assert.Equal(["16336160", "5576276"], root.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("ref").GetString()));
        Assert.Contains("Built the index: 51 letters", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FoibotIndex_KilledDuringARebuild_LeavesThePreviousIndexAnswerableWithTheSameLetterCount()
    {
        using var workspace = new Workspace(devLetters: false);
        var first = await FoibotProcess.RunAsync(workspace.Root, "index");
        Assert.True(first.ExitCode == 0, first.Error);
        var indexPath = workspace.Combine(".foibot", "index");
        var before = LetterIndex.ReadCommit(indexPath)!.Letters;

        // Enough letters that the rebuild is still writing when it is killed: the dev letters, each in five versions.
        foreach (var file in Directory.GetFiles(RepoPaths.Dev, "*.txt"))
        {
            for (var copy = 0; copy < 5; copy++)
            {
                var target = workspace.Combine("corpus", "more", $"{copy}-{Path.GetFileName(file)}");
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, File.ReadAllText(file) + $"\nCopy {copy}\n");
            }
        }

        using var process = Process.Start(FoibotProcess.Start(workspace.Root, "index", "--force"))!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var parent = Path.GetDirectoryName(indexPath)!;
        while (!Directory.EnumerateDirectories(parent, ".index.building-*").Any())
        {
            Assert.False(process.HasExited, "the rebuild finished before it could be killed");
            await Task.Delay(5, timeout.Token);
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(timeout.Token);

        Assert.NotEqual(0, process.ExitCode);
        Assert.Equal(before, LetterIndex.ReadCommit(indexPath)!.Letters);
        using var index = LetterIndex.Open(indexPath);
        Assert.Equal(before, index.LetterCount);
        Assert.NotNull(index.FindLetter("5576276"));
    }
}
