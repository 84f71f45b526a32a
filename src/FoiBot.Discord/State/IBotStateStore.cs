using FoiBot.Answering.Conversations;

namespace FoiBot.Discord.State;

/// <summary>
/// Everything the bot keeps beyond one event, in one place that outlives the process and that several processes
/// (shards, interaction servers) can share: conversations, feedback, per-server settings and shared rate limits.
/// A SQLite file beside the index by default; Redis when State:Redis is set.
/// </summary>
internal interface IBotStateStore : IConversationStore, IFeedbackStore, ISettingsStore, ISharedRateLimit, IAsyncDisposable
{
    /// <summary>"sqlite (path)" or "redis", for the start-up log; never a connection string.</summary>
    string Describe { get; }
}
