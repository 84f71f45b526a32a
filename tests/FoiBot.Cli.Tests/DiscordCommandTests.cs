using FoiBot.Discord;

namespace FoiBot.Cli.Tests;

public sealed class DiscordCommandTests
{
    [Theory]
    [InlineData("run")]
    [InlineData("register")]
    public async Task Discord_NoToken_ConfigurationErrorNamingTheKeyAndExit2(string subcommand)
    {
        using var workspace = new Workspace(devLetters: false);
        var overrides = new Dictionary<string, string?> { ["Discord:Token"] = "" };

        var run = await CliRun.InAsync(workspace.Root, overrides, "discord", subcommand);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Discord:Token", run.Error, StringComparison.Ordinal);
        Assert.Contains("Discord__Token", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CorpusFolderMissing_SharedGuardSaysSoAndExit1()
    {
        using var workspace = new Workspace(devLetters: false);
        var overrides = new Dictionary<string, string?> { ["Discord:Token"] = "t" };

        var run = await CliRun.InAsync(workspace.Root, overrides, "discord", "run", "--index", workspace.Combine("no-index"), "--corpus", workspace.Combine("no-corpus"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-corpus is missing", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discord_TokenWrittenInAppSettings_IsRefusedNamingTheEnvironmentVariable()
    {
        using var workspace = new Workspace(devLetters: false);
        File.WriteAllText(workspace.Combine("appsettings.json"), """{"Discord": {"Token": "written-in-a-file"}}""");

        var run = await CliRun.InAsync(workspace.Root, "discord", "register");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Discord__Token", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("written-in-a-file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeInteractions_BadPublicKey_ConfigurationErrorNamingIt()
    {
        using var workspace = new Workspace(devLetters: false);
        var overrides = new Dictionary<string, string?> { ["Discord:Token"] = "t", ["Discord:PublicKey"] = "xyz" };

        var run = await CliRun.InAsync(workspace.Root, overrides, "discord", "serve-interactions");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Discord:PublicKey", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExampleSettings_DiscordDefaults_MatchTheOptionsRecord()
    {
        using var folder = new FoiBot.Testing.TempDirectory();
        File.Copy(Path.Combine(FoiBot.Testing.RepoPaths.Root, "appsettings.example.json"), folder.Combine("appsettings.json"));
        var environment = new CliEnvironment { Output = TextWriter.Null, Error = TextWriter.Null, WorkingDirectory = folder.Path, Overrides = new Dictionary<string, string?> { ["Discord:Token"] = "" } };

        var settings = CliSettings.Load(environment);
        var bound = Microsoft.Extensions.Configuration.ConfigurationBinder.Get<DiscordOptions>(settings.Configuration.GetSection(DiscordOptions.SectionName));

        Assert.Equal(new DiscordOptions(), bound);
    }
}
