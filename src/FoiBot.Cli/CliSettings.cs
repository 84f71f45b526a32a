using FoiBot.Answering;
using FoiBot.Ingestion.Corpus;
using Microsoft.Extensions.Configuration;

namespace FoiBot.Cli;

/// <summary>
/// Reads configuration the usual .NET way: appsettings.json in the working folder, then user secrets, then
/// environment variables ("FoiBot__IndexPath"), each overriding the one before; every section validated on load.
/// </summary>
internal sealed record CliSettings(FoiBotOptions FoiBot, CorpusOptions Corpus, AnswerOptions Answering, IConfiguration Configuration)
{
    public static CliSettings Load(CliEnvironment environment)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(environment.WorkingDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddUserSecrets(typeof(CliSettings).Assembly, optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(environment.Overrides)
            .Build();

        var foibot = Bind(configuration, FoiBotOptions.SectionName, new FoiBotOptions());
        var corpus = Bind(configuration, CorpusOptions.SectionName, new CorpusOptions());

        // The binder appends configured list items to a default list; extensions given in configuration replace it.
        if (configuration.GetSection($"{CorpusOptions.SectionName}:Extensions").Get<string[]>() is { Length: > 0 } extensions)
        {
            corpus = corpus with { Extensions = extensions };
        }
        var answering = Bind(configuration, AnswerOptions.SectionName, new AnswerOptions());
        foibot.Validate();
        Validate(() => corpus.Validate(), CorpusOptions.SectionName);
        Validate(() => answering.Validate(), AnswerOptions.SectionName);
        return new CliSettings(foibot, corpus, answering, configuration);
    }

    private static T Bind<T>(IConfiguration configuration, string section, T defaults)
        where T : class
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? defaults;
        }
        catch (InvalidOperationException ex)
        {
            throw new OptionsException($"{section}: {ex.Message}");
        }
    }

    private static void Validate(Action validate, string section)
    {
        try
        {
            validate();
        }
        catch (ArgumentException ex)
        {
            throw new OptionsException($"{section}:{ex.ParamName}: {ex.Message}");
        }
    }
}
