using FoiBot.Core.Authorities;
using FoiBot.Search;
using Microsoft.Extensions.Logging;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// The one choice of answer engine: the model, falling back to the extractive engine, when Llm:Provider names one;
/// the extractive engine alone otherwise.
/// </summary>
public static class AnswerEngineFactory
{
    public static IAnswerEngine Create(LlmOptions llm, AnswerOptions answering, LetterIndex index, AuthorityCatalog catalog, ILoggerFactory loggers, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(llm);
        var extractive = new ExtractiveAnswerEngine(index, catalog, answering);
        return llm.Enabled ? LlmAnswerEngine.Create(llm, index, catalog, extractive, loggers, time) : extractive;
    }
}
