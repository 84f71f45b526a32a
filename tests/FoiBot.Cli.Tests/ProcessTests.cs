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
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workspace.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "foibot.dll"), "ask", "Does Barnet use facial recognition?", "--json" },
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await error);
        var root = JsonDocument.Parse(await output).RootElement;
        Assert.Equal("no", root.GetProperty("verdict").GetString());
        Assert.Equal(["16336160", "5576276"], root.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("ref").GetString()));
        Assert.Contains("Built the index: 51 letters", await error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FoibotIndex_KilledDuringARebuild_LeavesThePreviousIndexAnswerableWithTheSameLetterCount()
    {
        using var workspace = new Workspace(devLetters: false);
        var first = await RunAsync(workspace.Root, "index");
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

        using var process = Process.Start(Start(workspace.Root, "index", "--force"))!;
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

    [Fact]
    public async Task FoibotAsk_IndexBuiltFromAnotherFolder_AnswersFromItsOwnLettersFromAnyWorkingFolder()
    {
        using var workspace = new Workspace(devLetters: false);
        using var elsewhere = new TempDirectory();
        var indexPath = workspace.Combine("idx");
        Directory.Move(workspace.Corpus, workspace.Combine("mine"));
        var built = await RunAsync(workspace.Root, "index", "--corpus", "mine", "--index", indexPath);
        Assert.True(built.ExitCode == 0, built.Error);

        // Where the index used to be emptied: no ./corpus here, and no --corpus given.
        var ask = await RunAsync(elsewhere.Path, "ask", "Does Barnet use facial recognition?", "--index", indexPath, "--json");
        var search = await RunAsync(elsewhere.Path, "search", "facial recognition", "--index", indexPath);

        Assert.True(ask.ExitCode == 0, ask.Error);
        Assert.Contains("5576276", JsonDocument.Parse(ask.Output).RootElement.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("ref").GetString()));
        Assert.DoesNotContain("No passage matches", search.Output, StringComparison.Ordinal);
        Assert.Equal(5, LetterIndex.ReadCommit(indexPath)!.Letters);
    }

    private static ProcessStartInfo Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "foibot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(Start(workingDirectory, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
