using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FoiBot.Indexing;

/// <summary>Where a host's index and corpus are, and the one opening of that index, when the host starts.</summary>
internal sealed class IndexOpener(IndexStore store, IOptions<FoiBotOptions> options, IHostEnvironment environment, IStartupValidator validator, IHostApplicationLifetime lifetime)
{
    public string IndexPath => Path.GetFullPath(options.Value.IndexPath, environment.ContentRootPath);

    /// <summary>The folders the index records; for an index that records none yet, the configured ones.</summary>
    public IReadOnlyList<string> Roots() =>
        CorpusRoots.ForReading(IndexPath, named: null, [.. options.Value.EffectiveCorpusPaths.Select(p => Path.GetFullPath(p, environment.ContentRootPath))]);

    /// <summary>Opens the index, building or updating it first when the corpus asks for it; stopping the host cancels a build.</summary>
    public OpenedIndex Open()
    {
        // The host would check every option once its services exist, but the index opens as they are made, and a
        // mistyped setting should not have to wait for a build that can take minutes.
        validator.Validate();
        return store.Open(IndexPath, Roots(), lifetime.ApplicationStopping);
    }
}
