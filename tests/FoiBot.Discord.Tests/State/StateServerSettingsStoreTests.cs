using FoiBot.Discord.Settings;
using FoiBot.Discord.State;
using FoiBot.Testing;

namespace FoiBot.Discord.Tests.State;

/// <summary>/settings choices kept in the shared state store, as they are when State:Redis is set.</summary>
public sealed class StateServerSettingsStoreTests
{
    [Fact]
    public async Task StateStore_SetByOneProcess_IsReadByAnother()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "foibot-state.db");
        await using var first = SqliteStateStore.Open(path, 2, TimeSpan.FromMinutes(30), TimeProvider.System);
        await using var second = SqliteStateStore.Open(path, 2, TimeSpan.FromMinutes(30), TimeProvider.System);
        var writer = new StateServerSettingsStore(first);
        var reader = new StateServerSettingsStore(second);

        await writer.SetAsync("1", new ServerSettings { AllowedChannels = ["5"], MentionsEnabled = false, DefaultAuthority = "Wokingham Borough Council" }, CancellationToken.None);

        var one = await reader.GetAsync("1", CancellationToken.None);
        Assert.Equal(["5"], one.AllowedChannels);
        Assert.False(one.MentionsEnabled);
        Assert.Equal("Wokingham Borough Council", one.DefaultAuthority);
        Assert.Equal(ServerSettings.Default, await reader.GetAsync("2", CancellationToken.None));
    }

    [Fact]
    public async Task SettingsStore_RedisConfigured_UsesTheStateStore_ElseTheJsonFile()
    {
        using var folder = new TempDirectory();
        await using var state = SqliteStateStore.Open(Path.Combine(folder.Path, "foibot-state.db"), 2, TimeSpan.FromMinutes(30), TimeProvider.System);
        var options = new DiscordOptions { SettingsPath = "settings.json" };

        Assert.IsType<StateServerSettingsStore>(DiscordBotHost.SettingsStore(options, new StateOptions { Redis = "127.0.0.1:6379" }, state, folder.Path));
        using var json = Assert.IsType<JsonFileServerSettingsStore>(DiscordBotHost.SettingsStore(options, new StateOptions(), state, folder.Path));
        Assert.IsType<InMemoryServerSettingsStore>(DiscordBotHost.SettingsStore(options with { SettingsPath = "" }, new StateOptions(), state, folder.Path));
    }
}
