using FoiBot.Answering.SemanticKernel;
using FoiBot.Search;
using Microsoft.Extensions.Configuration;

namespace FoiBot.Cli;

/// <summary>The answer engine a one-shot command uses, as <see cref="AnswerEngineFactory"/> chooses it from the Llm and Answering sections.</summary>
internal static class EngineFactory
{
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The Llm section cannot work; the failure names the key.</exception>
    public static LlmOptions LoadOptions(IConfiguration configuration) => AnsweringSections.Llm.Read(configuration);

    public static CliEngine Create(CommandContext context, LetterIndex index)
    {
        var options = LoadOptions(context.Settings.Configuration);
        var engine = AnswerEngineFactory.Create(options, context.Settings.Answering, index, context.Catalog, context.Loggers, context.Environment.Time);
        return new CliEngine(engine, usesModel: options.Enabled);
    }
}
