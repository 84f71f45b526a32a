using Microsoft.Extensions.Configuration;

namespace FoiBot.Hosting;

/// <summary>The configuration sources every FoiBot process reads, in one order.</summary>
public static class FoiBotConfiguration
{
    /// <summary>
    /// appsettings.json in the content root, then user secrets, then environment variables ("FoiBot__IndexPath"),
    /// then the overrides, each overriding the one before.
    /// </summary>
    public static IConfigurationBuilder AddFoiBotSources(this IConfigurationBuilder configuration, FoiBotHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(settings);
        configuration.SetBasePath(settings.ContentRoot).AddJsonFile("appsettings.json", optional: true);
        if (settings.UserSecretsAssembly is { } assembly)
        {
            configuration.AddUserSecrets(assembly, optional: true);
        }

        return configuration.AddEnvironmentVariables().AddInMemoryCollection(settings.Overrides);
    }
}
