using FoiBot.Discord.State;

namespace FoiBot.Discord.Tests.State;

/// <summary>The same checks as on SQLite, on a real redis-server started for each test.</summary>
public sealed class RedisStateStoreTests
{
    [RedisFact]
    public Task Conversations_MoreTurnsThanTheBound_KeepsTheNewestInOrder() => WithStoreAsync(StateStoreChecks.ConversationsAsync);

    [RedisFact]
    public Task Votes_OnePerMemberPerAnswer_ReasonKeptUntilTheVerdictChanges() => WithStoreAsync(StateStoreChecks.FeedbackAsync);

    [RedisFact]
    public Task Settings_SetReadAndRemoved_PerScope() => WithStoreAsync(StateStoreChecks.SettingsAsync);

    [RedisFact]
    public Task Reserve_PastTheLimitOrPaused_SaysHowLongToWait() => WithStoreAsync(StateStoreChecks.RateWindowAsync);

    private static async Task WithStoreAsync(Func<IBotStateStore, Task> check)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var redis = await RedisServer.StartAsync(timeout.Token);
        await using var store = RedisStateStore.Connect(redis.ConnectionString, "foibot-test:", 2, TimeSpan.FromMinutes(30));
        await check(store);
    }
}
