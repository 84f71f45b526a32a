using System.Reflection;

namespace FoiBot.Hosting;

/// <summary>Where a FoiBot host or command reads its settings: the files, user secrets and environment, and what a caller puts over them.</summary>
public sealed record FoiBotHostSettings
{
    /// <summary>The folder appsettings.json is read from, and that relative paths (FoiBot:IndexPath, FoiBot:CorpusPaths) start from.</summary>
    public string ContentRoot { get; init; } = Environment.CurrentDirectory;

    /// <summary>Settings that win over appsettings.json, user secrets and environment variables: the CLI's switches, or a test's.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    /// <summary>The assembly whose user secrets (its UserSecretsId) are read; none when null or when it has no id.</summary>
    public Assembly? UserSecretsAssembly { get; init; } = Assembly.GetEntryAssembly();
}
