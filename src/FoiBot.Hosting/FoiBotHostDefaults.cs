using Microsoft.Extensions.Hosting;

namespace FoiBot.Hosting;

/// <summary>What every FoiBot host starts from, whichever front end it runs.</summary>
public static class FoiBotHostDefaults
{
    /// <summary>Settings from <see cref="FoiBotConfiguration.AddFoiBotSources"/> and console logging from the "Logging" section.</summary>
    public static TBuilder UseFoiBotDefaults<TBuilder>(this TBuilder builder, FoiBotHostSettings settings)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddFoiBotSources(settings);
        builder.Logging.AddFoiBotConsole(builder.Configuration);
        return builder;
    }
}
