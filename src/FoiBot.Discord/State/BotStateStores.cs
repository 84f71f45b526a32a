using FoiBot.Answering.Conversations;
using FoiBot.Answering.SemanticKernel;
using FoiBot.Hosting;
using FoiBot.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FoiBot.Discord.State;

/// <summary>Opens the store the State section asks for: Redis when a connection string is set, else the SQLite file beside the index.</summary>
internal static class BotStateStores
{
    /// <param name="maxTurns">Turns kept per conversation (Llm:MaxTurns).</param>
    /// <param name="idle">How long an unused conversation is kept (Llm:Idle).</param>
    public static IBotStateStore Open(StateOptions options, string indexPath, int maxTurns, TimeSpan idle, TimeProvider time) =>
        options.UsesRedis
            ? RedisStateStore.Connect(options.Redis, options.RedisKeyPrefix, maxTurns, idle)
            : SqliteStateStore.Open(options.SqliteFileFor(indexPath), maxTurns, idle, time);

    /// <summary>
    /// The "State" section and the store, which also keeps the answer engine's conversations; registered before the
    /// answering services, whose in-memory conversations it replaces.
    /// </summary>
    public static IServiceCollection AddBotState(this IServiceCollection services)
    {
        services.AddOptionsSection(StateSections.State);
        services.AddSingleton<IBotStateStore>(sp =>
        {
            var llm = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            var index = Path.GetFullPath(sp.GetRequiredService<IOptions<FoiBotOptions>>().Value.IndexPath, sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
            return Open(sp.GetRequiredService<IOptions<StateOptions>>().Value, index, llm.MaxTurns, llm.Idle, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<IBotStateStore>());
        return services;
    }
}
