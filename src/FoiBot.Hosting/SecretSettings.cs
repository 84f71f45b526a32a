using Microsoft.Extensions.Configuration;

namespace FoiBot.Hosting;

/// <summary>Keeps secrets out of settings files: a token or key written in appsettings.json ends up in backups and commits.</summary>
internal static class SecretSettings
{
    /// <exception cref="ArgumentException">The secret is set in a settings file other than user secrets; names the field.</exception>
    public static void RefuseInFile(IConfiguration configuration, string section, string field)
    {
        var key = $"{section}:{field}";
        var inFile = configuration is IConfigurationRoot root && root.Providers.Any(p =>
            p is FileConfigurationProvider { Source.Path: { } path } && !path.EndsWith("secrets.json", StringComparison.OrdinalIgnoreCase)
            && p.TryGet(key, out var value) && !string.IsNullOrEmpty(value));
        if (inFile)
        {
            throw new ArgumentException(
                $"{field} must not be written in appsettings.json; set the {section}__{field} environment variable or a user secret.", field);
        }
    }
}
