using FoiBot.Core.Authorities;
using FoiBot.Hosting;
using FoiBot.Ingestion.Corpus;
using FoiBot.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FoiBot.Indexing;

/// <summary>Registers the index a host answers from.</summary>
public static class IndexingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the "FoiBot" and "Corpus" sections; the <see cref="IndexStore"/>; the index at FoiBot:IndexPath as a
    /// <see cref="LetterIndex"/> (and how it was brought up to date as an <see cref="OpenedIndex"/>), opened once when
    /// the host starts, from the folders it records (else FoiBot:CorpusPaths), after every option is checked; and a
    /// hosted service that follows those folders while the host runs, reporting on <see cref="IndexHealth"/>.
    /// Relative paths start from the host's content root.
    /// </summary>
    public static IServiceCollection AddFoiBotIndexing(this IServiceCollection services)
    {
        services.AddOptionsSection(IndexingSections.FoiBot);
        services.AddOptionsSection(IndexingSections.Corpus);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(AuthorityCatalog.Default);
        services.TryAddSingleton<IndexHealth>();
        services.TryAddSingleton(sp => new IndexStore(
            sp.GetRequiredService<IOptions<CorpusOptions>>().Value,
            sp.GetRequiredService<AuthorityCatalog>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<IndexStore>>()));
        services.TryAddSingleton<IndexOpener>();
        services.TryAddSingleton(sp => sp.GetRequiredService<IndexOpener>().Open());
        services.TryAddSingleton(sp => sp.GetRequiredService<OpenedIndex>().Index);
        services.AddHostedService<IndexFollower>();
        return services;
    }
}
