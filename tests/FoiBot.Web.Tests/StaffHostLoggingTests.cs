using System.Text.Json;
using FoiBot.Testing;

namespace FoiBot.Web.Tests;

/// <summary>The staff host's console logging, set by the "Logging" section as the host reads it.</summary>
[Collection(ConsoleCapture.Name)]
public sealed class StaffHostLoggingTests
{
    [Fact]
    public async Task Build_ConsoleFormatterNameJson_WritesEveryLogLineAsJson()
    {
        var written = await RunOnceAsync(new() { ["Logging:Console:FormatterName"] = "json", ["Logging:LogLevel:Default"] = "Information" });

        var lines = Lines(written);
        Assert.NotEmpty(lines);
        var entries = lines.Select(JsonBody.Parse).ToList();
        Assert.Contains(entries, e => e.GetProperty("Category").GetString() == "Microsoft.Hosting.Lifetime"
            && e.GetProperty("Message").GetString()!.StartsWith("Now listening on: http://127.0.0.1:", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Equal(JsonValueKind.String, e.GetProperty("LogLevel").ValueKind));
    }

    [Fact]
    public async Task Build_LevelInformationDefaultFormat_WritesOneLinePerEntry()
    {
        var written = await RunOnceAsync(new() { ["Logging:LogLevel:Default"] = "Information" });

        Assert.Contains(Lines(written), l => l.StartsWith("info: Microsoft.Hosting.Lifetime[14] Now listening on: http://127.0.0.1:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_NoLoggingSettings_WritesNothingBelowWarning()
    {
        var written = await RunOnceAsync([]);

        Assert.DoesNotContain("Now listening on", written, StringComparison.Ordinal);
    }

    /// <summary>Starts and stops the staff host over a few letters, returning what it wrote to stderr.</summary>
    private static async Task<string> RunOnceAsync(Dictionary<string, string?> overrides)
    {
        using var workspace = new Workspace(devLetters: false);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await ConsoleCapture.StandardErrorAsync(async () =>
        {
            await using var app = StaffHost.Build(StaffHostTests.Settings(workspace, overrides));
            await app.StartAsync(timeout.Token);
            await app.StopAsync(timeout.Token);
        });
    }

    private static List<string> Lines(string written) =>
        [.. written.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
