using FoiBot.Answering.Conversations;
using FoiBot.Answering.PriorDisclosure;
using FoiBot.Core.Authorities;
using FoiBot.Hosting;
using FoiBot.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>Registers what answers questions from the host's index.</summary>
public static class AnsweringServiceCollectionExtensions
{
    /// <summary>
    /// Registers the "Answering" and "Llm" sections, an in-memory <see cref="IConversationStore"/> unless the host registered one first, the <see cref="IAnswerEngine"/> chosen by <see cref="AnswerEngineFactory"/>
    /// and the <see cref="PriorDisclosureChecker"/>, both over the <see cref="LetterIndex"/> the host registers
    /// (FoiBot.Indexing's AddFoiBotIndexing).
    /// </summary>
    public static IServiceCollection AddFoiBotAnswering(this IServiceCollection services)
    {
        services.AddOptionsSection(AnsweringSections.Answering);
        services.AddOptionsSection(AnsweringSections.Llm);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(AuthorityCatalog.Default);
        services.TryAddSingleton<IConversationStore>(sp =>
        {
            var llm = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            return new ConversationMemory(llm.MaxTurns, llm.Idle, sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton(sp => AnswerEngineFactory.Create(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            sp.GetRequiredService<IOptions<AnswerOptions>>().Value,
            sp.GetRequiredService<LetterIndex>(),
            sp.GetRequiredService<AuthorityCatalog>(),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IConversationStore>()));
        services.TryAddSingleton(sp => new PriorDisclosureChecker(
            sp.GetRequiredService<LetterIndex>(),
            sp.GetRequiredService<AuthorityCatalog>(),
            sp.GetRequiredService<IOptions<AnswerOptions>>().Value));
        return services;
    }
}
