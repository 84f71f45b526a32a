using FoiBot.Answering.SemanticKernel;
using FoiBot.Discord.Gateway;
using FoiBot.Discord.Interactions;
using FoiBot.Discord.State;
using FoiBot.Hosting;
using FoiBot.Indexing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FoiBot.Discord;

/// <summary>
/// The Discord front ends as hosts in their own right, set up from configuration alone: the index they open and
/// follow (FoiBot, Corpus), the answer engine (Answering, Llm) and the bot (Discord). A caller may add or replace
/// services on a builder before building it.
/// </summary>
public static class DiscordHost
{
    /// <summary>The gateway bot: answers mentions, DMs and slash commands until the host stops.</summary>
    public static HostApplicationBuilder CreateBotBuilder(FoiBotHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = settings.ContentRoot });
        builder.UseFoiBotDefaults(settings);
        builder.Services.AddBotState().AddFoiBotIndexing().AddFoiBotAnswering().AddOptionsSection(DiscordSections.Bot);
        DiscordInteractions.AddSettings(builder.Services);
        builder.Services.AddHostedService<DiscordGatewayService>();
        return builder;
    }

    public static IHost BuildBot(FoiBotHostSettings settings) => CreateBotBuilder(settings).Build();

    /// <summary>Discord's HTTP interactions endpoint, POST /interactions on Discord:InteractionsUrls.</summary>
    public static WebApplicationBuilder CreateInteractionsBuilder(FoiBotHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = settings.ContentRoot });
        builder.UseFoiBotDefaults(settings);
        builder.WebHost.UseKestrelCore();
        builder.Services.AddBotState().AddFoiBotIndexing().AddFoiBotAnswering().AddOptionsSection(DiscordSections.Interactions);
        DiscordInteractions.AddServices(builder.Services);
        return builder;
    }

    public static WebApplication BuildInteractions(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return DiscordInteractions.Map(builder.Build());
    }

    public static WebApplication BuildInteractions(FoiBotHostSettings settings) => BuildInteractions(CreateInteractionsBuilder(settings));
}
