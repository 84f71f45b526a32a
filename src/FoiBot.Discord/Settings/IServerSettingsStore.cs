namespace FoiBot.Discord.Settings;

/// <summary>Where per-server settings live; reads are frequent (every mention), writes rare (an admin command).</summary>
internal interface IServerSettingsStore
{
    ValueTask<ServerSettings> GetAsync(string guildId, CancellationToken cancellationToken);

    ValueTask SetAsync(string guildId, ServerSettings settings, CancellationToken cancellationToken);
}
