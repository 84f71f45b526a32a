using FoiBot.Answering;
using FoiBot.Discord.Bot;
using FoiBot.Discord.Guilds;
using FoiBot.Discord.Rest;
using FoiBot.Discord.Settings;
using FoiBot.Discord.State;
using FoiBot.Hosting;
using FoiBot.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FoiBot.Discord.Interactions;

/// <summary>The HTTP interactions endpoint as services and an endpoint, over whatever engine and index the host registers.</summary>
internal static class DiscordInteractions
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddRoutingCore();
        AddSettings(services);
        services.TryAddSingleton(sp => new DiscordRestClient(Options(sp), sp.GetRequiredService<TimeProvider>(), Logger(sp)));
        services.TryAddSingleton<InteractionWork>();
        services.AddHostedService(sp => sp.GetRequiredService<InteractionWork>());
        services.AddHostedService(sp => new ListenAddresses(sp.GetRequiredService<IServer>(), () => Options(sp).InteractionsUrlList));
        services.TryAddSingleton(sp =>
        {
            var options = Options(sp);
            var parts = new BotParts(
                options,
                sp.GetRequiredService<IAnswerEngine>(),
                sp.GetRequiredService<LetterIndex>(),
                sp.GetRequiredService<IBotStateStore>(),
                sp.GetRequiredService<IServerSettingsStore>(),
                sp.GetRequiredService<DiscordRestClient>(),
                sp.GetRequiredService<TimeProvider>(),
                Logger(sp));
            return new InteractionServices(new NSecEd25519Verifier(options.PublicKey), parts.Interactions, sp.GetRequiredService<InteractionWork>().Background, Logger(sp));
        });
    }

    /// <summary>The per-server settings store, unless the host registered its own (the tests' in-memory one).</summary>
    public static void AddSettings(IServiceCollection services) =>
        services.TryAddSingleton(sp => DiscordBotHost.SettingsStore(
            Options(sp),
            sp.GetRequiredService<IOptions<StateOptions>>().Value,
            sp.GetRequiredService<IBotStateStore>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));

    public static WebApplication Map(WebApplication app)
    {
        InteractionEndpoints.Map(app);
        return app;
    }

    private static DiscordOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<DiscordOptions>>().Value;

    private static ILogger Logger(IServiceProvider services) => services.GetRequiredService<ILoggerFactory>().CreateLogger("FoiBot.Discord");
}
