using System.Text.Json;
using FoiBot.Discord.State;

namespace FoiBot.Discord.Settings;

/// <summary>
/// Per-server settings in the bot's shared state store (Redis), so every shard and interactions server sees an
/// admin's /settings choice at once: one JSON value per server under scope "g:{id}".
/// </summary>
internal sealed class StateServerSettingsStore(ISettingsStore store) : IServerSettingsStore
{
    private const string Name = "server";

    public async ValueTask<ServerSettings> GetAsync(string guildId, CancellationToken cancellationToken)
    {
        var json = await store.GetSettingAsync(Scope(guildId), Name, cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            return ServerSettings.Default;
        }

        try
        {
            return JsonSerializer.Deserialize<ServerSettings>(json, DiscordJson.Options) ?? ServerSettings.Default;
        }
        catch (JsonException)
        {
            // A value that is not settings must not stop every answer in the server; the next /settings replaces it.
            return ServerSettings.Default;
        }
    }

    public async ValueTask SetAsync(string guildId, ServerSettings settings, CancellationToken cancellationToken) =>
        await store.SetSettingAsync(Scope(guildId), Name, JsonSerializer.Serialize(settings, DiscordJson.Options), cancellationToken).ConfigureAwait(false);

    private static string Scope(string guildId) => "g:" + guildId;
}
