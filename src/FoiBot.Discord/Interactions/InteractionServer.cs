using FoiBot.Answering;
using FoiBot.Discord.State;
using FoiBot.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FoiBot.Discord.Interactions;

/// <summary>The interactions endpoint around an engine and index built elsewhere (the tests'); <see cref="DiscordHost"/> is the host.</summary>
internal sealed class InteractionServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InteractionServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The addresses Kestrel actually bound (useful with port 0).</summary>
    public IReadOnlyList<string> Urls => [.. _app.Urls];

    public static async Task<InteractionServer> StartAsync(
        DiscordOptions options,
        IAnswerEngine engine,
        LetterIndex index,
        IBotStateStore state,
        string urls,
        ILoggerFactory loggers,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        options = options with { InteractionsUrls = urls };
        options.Validate(requirePublicKey: true);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.Services.AddSingleton<Settings.IServerSettingsStore>(new Settings.InMemoryServerSettingsStore());
        builder.Services.AddSingleton(Options.Create(options)).AddSingleton(engine).AddSingleton(index).AddSingleton(state).AddSingleton(loggers).AddSingleton(time);
        DiscordInteractions.AddServices(builder.Services);
        var app = DiscordInteractions.Map(builder.Build());
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new InteractionServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
