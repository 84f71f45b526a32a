namespace FoiBot.Discord.State;

/// <summary>Settings that belong to a scope (a server "g:{id}", a channel "c:{id}"), as plain strings under names the caller picks.</summary>
internal interface ISettingsStore
{
    Task<string?> GetSettingAsync(string scope, string name, CancellationToken cancellationToken);

    /// <summary>All of a scope's settings; empty when it has none.</summary>
    Task<IReadOnlyDictionary<string, string>> GetSettingsAsync(string scope, CancellationToken cancellationToken);

    /// <summary>Sets a setting; a null value removes it.</summary>
    Task SetSettingAsync(string scope, string name, string? value, CancellationToken cancellationToken);
}
