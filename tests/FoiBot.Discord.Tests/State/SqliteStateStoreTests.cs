using FoiBot.Discord.State;
using FoiBot.Testing;

namespace FoiBot.Discord.Tests.State;

public sealed class SqliteStateStoreTests : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly SqliteStateStore _store;

    public SqliteStateStoreTests() => _store = SqliteStateStore.Open(Path.Combine(_folder.Path, "state", "foibot-state.db"), 2, TimeSpan.FromMinutes(30), TimeProvider.System);

    [Fact]
    public Task Conversations_MoreTurnsThanTheBound_KeepsTheNewestInOrder() => StateStoreChecks.ConversationsAsync(_store);

    [Fact]
    public Task Votes_OnePerMemberPerAnswer_ReasonKeptUntilTheVerdictChanges() => StateStoreChecks.FeedbackAsync(_store);

    [Fact]
    public Task Settings_SetReadAndRemoved_PerScope() => StateStoreChecks.SettingsAsync(_store);

    [Fact]
    public Task Reserve_PastTheLimitOrPaused_SaysHowLongToWait() => StateStoreChecks.RateWindowAsync(_store);

    [Fact]
    public void SqliteFileFor_NoPathConfigured_IsBesideTheIndexFolder() =>
        Assert.Equal(Path.Combine(_folder.Path, StateOptions.DefaultFileName), new StateOptions().SqliteFileFor(Path.Combine(_folder.Path, "index") + "/"));

    [Fact]
    public void ToString_RedisConnectionString_IsNeverPrinted() =>
        Assert.DoesNotContain("secret", new StateOptions { Redis = "127.0.0.1:6379,password=secret" }.ToString(), StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }
}
