using FoiBot.Answering;
using FoiBot.Answering.PriorDisclosure;
using FoiBot.Answering.SemanticKernel;
using FoiBot.Core.Authorities;
using FoiBot.Hosting;
using FoiBot.Indexing;
using FoiBot.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FoiBot.Web;

/// <summary>
/// The staff page and its JSON API as a host in its own right, set up from configuration alone: the index it opens
/// and follows (FoiBot, Corpus), the answer engine (Answering, Llm) and where it listens (Web). /healthz reports the
/// index follower's health.
/// </summary>
public static class StaffHost
{
    private static readonly OptionsSection<WebOptions> s_web = new(WebOptions.SectionName, o => o.Validate()) { Secrets = [nameof(WebOptions.ApiKeys)] };

    /// <summary>A builder with every service registered; a caller may add or replace services before <see cref="Build(WebApplicationBuilder)"/>.</summary>
    public static WebApplicationBuilder CreateBuilder(FoiBotHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = settings.ContentRoot });
        builder.UseFoiBotDefaults(settings);
        builder.WebHost.UseKestrelCore();
        builder.Services.AddFoiBotIndexing().AddFoiBotAnswering().AddOptionsSection(s_web);
        builder.Services.TryAddSingleton(sp => new StaffServices(
            sp.GetRequiredService<LetterIndex>(),
            sp.GetRequiredService<IAnswerEngine>(),
            sp.GetRequiredService<PriorDisclosureChecker>(),
            sp.GetRequiredService<AuthorityCatalog>())
        {
            Health = sp.GetRequiredService<IndexHealth>(),
        });
        StaffApp.AddServices(builder.Services);
        return builder;
    }

    /// <summary>The runnable host: settings are checked and the index opened when it starts.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return StaffApp.Map(builder.Build());
    }

    public static WebApplication Build(FoiBotHostSettings settings) => Build(CreateBuilder(settings));
}
