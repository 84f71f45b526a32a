using FoiBot.Hosting;
using FoiBot.Ingestion.Corpus;
using Microsoft.Extensions.Configuration;

namespace FoiBot.Indexing;

/// <summary>The "FoiBot" and "Corpus" sections, as hosts and one-shot commands both read them.</summary>
public static class IndexingSections
{
    public static OptionsSection<FoiBotOptions> FoiBot { get; } = new(FoiBotOptions.SectionName, o => o.Validate());

    public static OptionsSection<CorpusOptions> Corpus { get; } = new(CorpusOptions.SectionName, o => o.Validate(), NewCorpusOptions);

    // Extensions given in configuration replace the default list rather than adding to it.
    private static CorpusOptions NewCorpusOptions(IConfiguration configuration) =>
        configuration.GetSection($"{CorpusOptions.SectionName}:{nameof(CorpusOptions.Extensions)}").GetChildren().Any()
            ? new CorpusOptions { Extensions = [] }
            : new CorpusOptions();
}
