using FoiBot.Answering;
using FoiBot.Answering.SemanticKernel;
using FoiBot.Search;
using Microsoft.Extensions.Configuration;

namespace FoiBot.Cli;

/// <summary>
/// Chooses the answer engine from configuration: the LLM engine, falling back to the extractive one, when
/// Llm:Provider names a model; the extractive engine alone otherwise.
/// </summary>
internal static class EngineFactory
{
    /// <exception cref="OptionsException">The Llm section cannot work; the message names the field.</exception>
    public static LlmOptions LoadOptions(IConfiguration configuration)
    {
        LlmOptions options;
        try
        {
            options = configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
            RefuseKeyInFile(configuration);
            options.Validate();
        }
        catch (InvalidOperationException ex)
        {
            throw new OptionsException($"{LlmOptions.SectionName}: {ex.Message}");
        }
        catch (ArgumentException ex)
        {
            throw new OptionsException($"{LlmOptions.SectionName}:{ex.ParamName}: {ex.Message}");
        }

        return options;
    }

    /// <summary>A key written in appsettings.json ends up in backups and commits; only env vars and user secrets may hold it.</summary>
    private static void RefuseKeyInFile(IConfiguration configuration)
    {
        const string key = $"{LlmOptions.SectionName}:{nameof(LlmOptions.ApiKey)}";
        var inFile = configuration is IConfigurationRoot root && root.Providers.Any(p =>
            p is FileConfigurationProvider { Source.Path: { } path } && !path.EndsWith("secrets.json", StringComparison.OrdinalIgnoreCase)
            && p.TryGet(key, out var value) && !string.IsNullOrEmpty(value));
        if (inFile)
        {
            throw new ArgumentException("ApiKey must not be written in appsettings.json; set the Llm__ApiKey environment variable or a user secret.", nameof(LlmOptions.ApiKey));
        }
    }

    public static CliEngine Create(CommandContext context, LetterIndex index)
    {
        var options = LoadOptions(context.Settings.Configuration);
        var extractive = new ExtractiveAnswerEngine(index, context.Catalog, context.Settings.Answering);
        return options.Enabled
            ? new CliEngine(LlmAnswerEngine.Create(options, index, context.Catalog, extractive, context.Loggers, context.Environment.Time), usesModel: true)
            : new CliEngine(extractive, usesModel: false);
    }
}
