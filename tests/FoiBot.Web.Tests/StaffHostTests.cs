using System.Text.Json;
using FoiBot.Hosting;
using FoiBot.Testing;
using Microsoft.Extensions.Options;

namespace FoiBot.Web.Tests;

/// <summary>The staff host built from configuration alone, as a deployment runs it without the CLI, over the bundled corpus copied to a temp folder.</summary>
public sealed class StaffHostTests
{
    [Fact]
    public async Task Build_ConfigurationAlone_BuildsTheIndexAtStartAndAnswersHealthzAndAsk()
    {
        using var workspace = new Workspace();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await using var app = StaffHost.Build(Settings(workspace, []));

        await app.StartAsync(timeout.Token);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(30) };
        var health = JsonBody.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative), timeout.Token));
        var answer = JsonBody.Parse(await client.GetStringAsync(new Uri("/api/ask?q=Does%20Barnet%20use%20facial%20recognition%3F", UriKind.Relative), timeout.Token));
        await app.StopAsync(timeout.Token);

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(51, health.GetProperty("letters").GetInt32());
        Assert.Empty(health.GetProperty("reasons").EnumerateArray());
        Assert.Equal("No", answer.GetProperty("verdict").GetString());
        Assert.Contains(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("ref").GetString() == "16336160");
        Assert.True(Directory.Exists(workspace.Combine(".foibot", "index")), "the index was not built where FoiBot:IndexPath says, under the content root");
    }

    [Theory]
    [InlineData("Web:Urls", "http://0.0.0.0:5080", "Web:Urls: http://0.0.0.0:5080 is reachable from other machines")]
    [InlineData("Web:AllowRemote", "true", "Web:AllowRemote: Serving other machines needs an access control")]
    [InlineData("Web:RateLimitPermits", "lots", "'Web:RateLimitPermits'")]
    [InlineData("Answering:MinCoverage", "2", "Answering:MinCoverage: MinCoverage must be above 0")]
    [InlineData("Llm:Provider", "OpenAI", "Llm:Model: Model must name the model")]
    public async Task StartAsync_BadSetting_FailsNamingTheKeyBeforeBuildingAnIndex(string key, string value, string named)
    {
        using var workspace = new Workspace(devLetters: false);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var app = StaffHost.Build(Settings(workspace, new() { [key] = value }));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(timeout.Token));

        Assert.Contains(named, Assert.Single(error.Failures), StringComparison.Ordinal);
        Assert.False(Directory.Exists(workspace.Combine(".foibot")), "the index was built before the settings were checked");
    }

    [Fact]
    public async Task StartAsync_ApiKeyWrittenInAppsettings_FailsSayingWhereItBelongs()
    {
        using var workspace = new Workspace(devLetters: false);
        await File.WriteAllTextAsync(workspace.Combine("appsettings.json"), "{\"Web\": {\"ApiKeys\": \"a-key-long-enough-for-the-page-000000\"}}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var app = StaffHost.Build(Settings(workspace, []));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(timeout.Token));

        var failure = Assert.Single(error.Failures);
        Assert.Contains("Web__ApiKeys environment variable", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("a-key-long-enough", failure, StringComparison.Ordinal);
    }

    /// <summary>The workspace as content root, listening on a free loopback port, with nothing read from this machine's user secrets.</summary>
    internal static FoiBotHostSettings Settings(Workspace workspace, Dictionary<string, string?> overrides) => new()
    {
        ContentRoot = workspace.Root,
        Overrides = new Dictionary<string, string?>(overrides) { ["Web:Urls"] = overrides.GetValueOrDefault("Web:Urls") ?? "http://127.0.0.1:0" },
        UserSecretsAssembly = null,
    };
}
