using System.Collections.Concurrent;

namespace FoiBot.Discord.Settings;

/// <summary>Settings for as long as the process runs: for tests, and when Discord:SettingsPath is empty.</summary>
internal sealed class InMemoryServerSettingsStore : IServerSettingsStore
{
    private readonly ConcurrentDictionary<string, ServerSettings> _settings = new(StringComparer.Ordinal);

    public ValueTask<ServerSettings> GetAsync(string guildId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_settings.GetValueOrDefault(guildId) ?? ServerSettings.Default);

    public ValueTask SetAsync(string guildId, ServerSettings settings, CancellationToken cancellationToken)
    {
        _settings[guildId] = settings;
        return ValueTask.CompletedTask;
    }
}
