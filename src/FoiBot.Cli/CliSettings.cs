using FoiBot.Answering;
using FoiBot.Answering.SemanticKernel;
using FoiBot.Hosting;
using FoiBot.Indexing;
using FoiBot.Ingestion.Corpus;
using Microsoft.Extensions.Configuration;

namespace FoiBot.Cli;

/// <summary>
/// Reads configuration the usual .NET way: appsettings.json in the working folder, then user secrets, then
/// environment variables ("FoiBot__IndexPath"), each overriding the one before; every section checked on load.
/// </summary>
internal sealed record CliSettings(FoiBotOptions FoiBot, CorpusOptions Corpus, AnswerOptions Answering, IConfiguration Configuration)
{
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A section cannot work; the failure names the key.</exception>
    public static CliSettings Load(CliEnvironment environment)
    {
        var configuration = new ConfigurationBuilder().AddFoiBotSources(Sources(environment, environment.Overrides)).Build();
        return new CliSettings(
            IndexingSections.FoiBot.Read(configuration),
            IndexingSections.Corpus.Read(configuration),
            AnsweringSections.Answering.Read(configuration),
            configuration);
    }

    /// <summary>The same sources for a host a command runs, with <paramref name="overrides"/> on top.</summary>
    public static FoiBotHostSettings Sources(CliEnvironment environment, IReadOnlyDictionary<string, string?> overrides) => new()
    {
        ContentRoot = environment.WorkingDirectory,
        Overrides = overrides,
        UserSecretsAssembly = typeof(CliSettings).Assembly,
    };
}
