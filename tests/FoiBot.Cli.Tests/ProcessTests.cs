using System.Diagnostics;
using System.Text.Json;

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
}
