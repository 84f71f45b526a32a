using System.Text.Json;
using System.Text.Json.Nodes;
using FoiBot.Discord.Gateway;
using FoiBot.Discord.Guilds;
using FoiBot.Discord.Settings;
using FoiBot.Discord.Tests.Fakes;
using FoiBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FoiBot.Discord.Tests;

/// <summary>Where the bot may post, as the guild events tell it, and settings that outlive the process.</summary>
public sealed class GuildCacheTests
{
    [Fact]
    public void Access_FromGuildCreateAndLaterEvents_FollowsChannelsThreadsAndRefusals()
    {
        var time = new FakeTimeProvider();
        var guilds = new GuildCache(time);
        guilds.Observe(Dispatch("GUILD_CREATE", BurstGuild.Create()), FakeDiscord.BotUserId);
        var thread = new JsonObject { ["id"] = "219", ["type"] = 11, ["guild_id"] = BurstGuild.GuildId, ["parent_id"] = BurstGuild.Forbidden };
        guilds.Observe(Dispatch("THREAD_CREATE", thread), FakeDiscord.BotUserId);

        Assert.False(guilds.Access(BurstGuild.GuildId, BurstGuild.Forbidden).CanSend);
        Assert.True(guilds.Access(BurstGuild.GuildId, BurstGuild.AllowedByRole).CanSend);
        Assert.False(guilds.Access(BurstGuild.GuildId, "219").CanSend);
        Assert.Equal(BurstGuild.Forbidden, guilds.ParentOf(BurstGuild.GuildId, "219"));

        // Send Messages in Threads is a permission of its own: given to the bot's role, the thread opens.
        var role = new JsonObject { ["id"] = BurstGuild.BotRoleId, ["permissions"] = (BurstGuild.View | BurstGuild.Send | BurstGuild.History | (1L << 38)).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        guilds.Observe(Dispatch("GUILD_ROLE_UPDATE", new JsonObject { ["guild_id"] = BurstGuild.GuildId, ["role"] = role }), FakeDiscord.BotUserId);
        Assert.True(guilds.Access(BurstGuild.GuildId, "219").CanSend);

        guilds.Refused(BurstGuild.GuildId, BurstGuild.Channels[0]);
        Assert.False(guilds.Access(BurstGuild.GuildId, BurstGuild.Channels[0]).CanSend);
        time.Advance(GuildCache.RefusalMemory);
        Assert.True(guilds.Access(BurstGuild.GuildId, BurstGuild.Channels[0]).CanSend);
        Assert.True(guilds.Access("999", "998").CanSend);
    }

    [Fact]
    public async Task JsonFileStore_UnreadableFileTwice_KeepsBothCopiesAside()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("discord-settings.json");
        foreach (var broken in new[] { "{ first", "{ second" })
        {
            File.WriteAllText(path, broken);
            using var store = new JsonFileServerSettingsStore(path);
            Assert.Equal(ServerSettings.Default, await store.GetAsync("1", CancellationToken.None));
        }

        var kept = Directory.GetFiles(folder.Path, "*.unreadable").Select(File.ReadAllText).Order(StringComparer.Ordinal);
        Assert.Equal(["{ first", "{ second"], kept);
    }

    [Fact]
    public async Task JsonFileStore_AfterARestart_KeepsEachServersSettings()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("state/discord-settings.json");
        using (var first = new JsonFileServerSettingsStore(path))
        {
            await first.SetAsync("1", new ServerSettings { AllowedChannels = ["5"], MentionsEnabled = false, DefaultAuthority = "Wokingham Borough Council" }, CancellationToken.None);
            await first.SetAsync("2", new ServerSettings { DefaultAuthority = "Devon County Council" }, CancellationToken.None);
        }

        using var second = new JsonFileServerSettingsStore(path);
        var one = await second.GetAsync("1", CancellationToken.None);
        Assert.Equal(["5"], one.AllowedChannels);
        Assert.False(one.MentionsEnabled);
        Assert.Equal("Wokingham Borough Council", one.DefaultAuthority);
        Assert.Equal("Devon County Council", (await second.GetAsync("2", CancellationToken.None)).DefaultAuthority);
        Assert.Equal(ServerSettings.Default, await second.GetAsync("3", CancellationToken.None));
    }

    [Fact]
    public async Task JsonFileStore_TwoProcessesSavingOneFile_KeepEachOthersServers()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("discord-settings.json");
        using var shard = new JsonFileServerSettingsStore(path);
        using var interactions = new JsonFileServerSettingsStore(path);
        Assert.Equal(ServerSettings.Default, await shard.GetAsync("1", CancellationToken.None));
        Assert.Equal(ServerSettings.Default, await interactions.GetAsync("1", CancellationToken.None));

        await shard.SetAsync("1", new ServerSettings { DefaultAuthority = "Wokingham Borough Council" }, CancellationToken.None);
        await interactions.SetAsync("2", new ServerSettings { DefaultAuthority = "Devon County Council" }, CancellationToken.None);

        using var restarted = new JsonFileServerSettingsStore(path);
        Assert.Equal("Wokingham Borough Council", (await restarted.GetAsync("1", CancellationToken.None)).DefaultAuthority);
        Assert.Equal("Devon County Council", (await restarted.GetAsync("2", CancellationToken.None)).DefaultAuthority);
    }

    private static GatewayDispatch Dispatch(string name, JsonNode data) => new(name, 1, JsonDocument.Parse(data.ToJsonString()).RootElement.Clone());
}
