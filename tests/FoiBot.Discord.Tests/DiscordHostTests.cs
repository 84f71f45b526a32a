using System.Text.Json;
using FoiBot.Discord.Tests.Fakes;
using FoiBot.Hosting;
using FoiBot.Testing;
using Microsoft.Extensions.Hosting;

namespace FoiBot.Discord.Tests;

/// <summary>
/// The Discord front ends as hosts built from configuration alone, as a deployment runs them without the CLI: each
/// builds its index from the bundled corpus (copied to a temp folder) when it starts, and answers from it.
/// </summary>
public sealed class DiscordHostTests
{
    private const string Question = "Does Barnet use facial recognition?";

    [Fact]
    public async Task BuildBot_ConfigurationAlone_IdentifiesWithTheTokenAndAnswersAMention()
    {
        using var workspace = new Workspace();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await using var fake = await FakeDiscord.StartAsync();
        using var host = DiscordHost.BuildBot(Settings(workspace, fake, []));

        await host.StartAsync(timeout.Token);
        var gateway = await fake.NextConnectionAsync(timeout.Token);
        var identify = await BotRun.HandshakeAsync(gateway, fake, timeout.Token);
        await gateway.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", Question), timeout.Token);
        var reply = (await fake.WaitForAsync(r => r.Is("POST", $"/channels/{DiscordEvents.ChannelId}/messages"), timeout.Token)).Single();
        await host.StopAsync(timeout.Token);

        Assert.Equal(FakeDiscord.Token, (string?)identify["token"]);
        Assert.Contains("16336160", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildInteractions_ConfigurationAlone_DefersASignedAskThenEditsInTheAnswer()
    {
        using var workspace = new Workspace();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await using var fake = await FakeDiscord.StartAsync();
        using var key = InteractionSigner.NewKey();
        await using var app = DiscordHost.BuildInteractions(Settings(workspace, fake, new()
        {
            ["Discord:PublicKey"] = InteractionSigner.PublicKeyHex(key),
            ["Discord:InteractionsUrls"] = "http://127.0.0.1:0",
        }));

        await app.StartAsync(timeout.Token);
        var body = DiscordEvents.Command("550000000000000001", "ask", ("question", 3, Question)).ToJsonString();
        using var response = await InteractionSigner.PostSignedAsync(app.Urls.Single(), key, body, timeout.Token);
        var edit = (await fake.WaitForAsync(r => r.Is("PATCH", "/messages/@original"), timeout.Token)).Single();
        await app.StopAsync(timeout.Token);

        using var first = JsonDocument.Parse(await response.Content.ReadAsStringAsync(timeout.Token));
        Assert.Equal(5, first.RootElement.GetProperty("type").GetInt32());
        Assert.Contains("16336160", edit.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildBot_NoToken_FailsAtStartNamingTheKeyBeforeBuildingAnIndex()
    {
        using var workspace = new Workspace(devLetters: false);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var fake = await FakeDiscord.StartAsync();
        using var host = DiscordHost.BuildBot(Settings(workspace, fake, new() { ["Discord:Token"] = "" }));

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync(timeout.Token));

        Assert.StartsWith("Discord:Token:", Assert.Single(error.Failures), StringComparison.Ordinal);
        Assert.False(Directory.Exists(workspace.Combine(".foibot")), "the index was built before the settings were checked");
        Assert.Empty(fake.Requests);
    }

    private static FoiBotHostSettings Settings(Workspace workspace, FakeDiscord fake, Dictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = FakeDiscord.Token,
            ["Discord:ApplicationId"] = FakeDiscord.ApplicationId,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return new FoiBotHostSettings { ContentRoot = workspace.Root, Overrides = settings, UserSecretsAssembly = null };
    }
}
