using System.Text.Json;

namespace FoiBot.Discord.Settings;

/// <summary>
/// Settings in one JSON file (server id to settings), read once and served from memory, re-read and rewritten whole
/// through a temporary file of its own on each change, so a crash never leaves half a file and a change saved by another
/// process is kept. Processes that must see each other's changes at once share the state store in Redis instead.
/// </summary>
internal sealed class JsonFileServerSettingsStore(string path) : IServerSettingsStore, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<string, ServerSettings>? _settings;

    public async ValueTask<ServerSettings> GetAsync(string guildId, CancellationToken cancellationToken)
    {
        var all = Volatile.Read(ref _settings) ?? await LoadAsync(cancellationToken).ConfigureAwait(false);
        return all.GetValueOrDefault(guildId) ?? ServerSettings.Default;
    }

    public async ValueTask SetAsync(string guildId, ServerSettings settings, CancellationToken cancellationToken)
    {
        var all = await LoadAsync(cancellationToken).ConfigureAwait(false);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The file is read again first: another process (a second shard, the interactions server) may have saved
            // another server's settings since this one loaded it. Copied, so readers never see a dictionary changing.
            var current = await ReadAsync(cancellationToken).ConfigureAwait(false) ?? Volatile.Read(ref _settings) ?? all;
            var next = new Dictionary<string, ServerSettings>(current, StringComparer.Ordinal) { [guildId] = settings };
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(next, DiscordJson.Options), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
            Volatile.Write(ref _settings, next);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<Dictionary<string, ServerSettings>> LoadAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _settings) is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_settings is null)
            {
                var read = await ReadAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _settings, read is null ? new(StringComparer.Ordinal) : new(read, StringComparer.Ordinal));
            }

            return _settings!;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A file that is not settings is moved aside rather than stopping every answer or being overwritten.</summary>
    private async Task<Dictionary<string, ServerSettings>?> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, ServerSettings>>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), DiscordJson.Options);
        }
        catch (JsonException)
        {
            // Kept aside under a name of its own, never over an earlier unreadable copy.
            File.Move(path, $"{path}.{Guid.NewGuid():N}.unreadable", overwrite: false);
            return null;
        }
    }
}
