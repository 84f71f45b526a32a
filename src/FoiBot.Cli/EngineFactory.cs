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
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The Llm section cannot work; the failure names the key.</exception>
    public static LlmOptions LoadOptions(IConfiguration configuration) => AnsweringSections.Llm.Read(configuration);

    public static CliEngine Create(CommandContext context, LetterIndex index)
    {
        var options = LoadOptions(context.Settings.Configuration);
        var extractive = new ExtractiveAnswerEngine(index, context.Catalog, context.Settings.Answering);
        return options.Enabled
            ? new CliEngine(LlmAnswerEngine.Create(options, index, context.Catalog, extractive, context.Loggers, context.Environment.Time), usesModel: true)
            : new CliEngine(extractive, usesModel: false);
    }
}
