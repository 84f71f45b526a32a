using FoiBot.Answering.Conversations;
using FoiBot.Discord.State;

namespace FoiBot.Discord.Tests.State;

/// <summary>What every state store must do, checked the same way on SQLite and on Redis.</summary>
internal static class StateStoreChecks
{
    /// <summary>The store must be opened with at most two turns per conversation.</summary>
    public static async Task ConversationsAsync(IBotStateStore store)
    {
        for (var i = 1; i <= 3; i++)
        {
            await store.RememberAsync("c", new ConversationTurn($"q{i}", $"a{i}") { Standalone = $"s{i}", Authority = i == 3 ? "Moray Council" : null }, CancellationToken.None);
        }

        var turns = await store.RecallAsync("c", CancellationToken.None);
        Assert.Equal(["q2", "q3"], turns.Select(t => t.Question));
        Assert.Equal("s3", turns[1].Standalone);
        Assert.Equal("Moray Council", turns[1].Authority);
        Assert.Empty(await store.RecallAsync("other", CancellationToken.None));
        Assert.Empty(await store.RecallAsync(null, CancellationToken.None));
    }

    public static async Task FeedbackAsync(IBotStateStore store)
    {
        var at = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
        await store.RecordAnswerAsync(
            new AnswerRecord { AnswerId = "1", Question = "q", Verdict = "No", Engine = "extractive", References = ["A", "B"], AskedAt = at }, CancellationToken.None);
        await store.RecordVoteAsync(new FeedbackVote("1", "u1", false, "wrong body", at), CancellationToken.None);
        await store.RecordVoteAsync(new FeedbackVote("1", "u1", false, null, at.AddSeconds(1)), CancellationToken.None);
        await store.RecordVoteAsync(new FeedbackVote("1", "u2", false, "old", at.AddSeconds(2)), CancellationToken.None);
        await store.RecordVoteAsync(new FeedbackVote("1", "u2", true, null, at.AddSeconds(3)), CancellationToken.None);

        var entry = Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.Equal(["A", "B"], entry.Answer.References);
        Assert.Equal(at, entry.Answer.AskedAt);
        Assert.Equal([(false, "wrong body"), (true, (string?)null)], entry.Votes.Select(v => (v.Helpful, v.Reason)));
        Assert.Null(await store.FindAnswerAsync("2", CancellationToken.None));
    }

    public static async Task SettingsAsync(IBotStateStore store)
    {
        await store.SetSettingAsync("g:1", "mentions", "off", CancellationToken.None);
        await store.SetSettingAsync("g:1", "region", "Scotland", CancellationToken.None);
        await store.SetSettingAsync("g:1", "region", null, CancellationToken.None);

        Assert.Equal("off", await store.GetSettingAsync("g:1", "mentions", CancellationToken.None));
        Assert.Null(await store.GetSettingAsync("g:1", "region", CancellationToken.None));
        Assert.Equal(["mentions"], (await store.GetSettingsAsync("g:1", CancellationToken.None)).Keys);
        Assert.Empty(await store.GetSettingsAsync("g:2", CancellationToken.None));
    }

    public static async Task RateWindowAsync(IBotStateStore store)
    {
        var window = TimeSpan.FromSeconds(30);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(TimeSpan.Zero, await store.TryReserveAsync("k", 3, window, CancellationToken.None));
        }

        var wait = await store.TryReserveAsync("k", 3, window, CancellationToken.None);
        Assert.InRange(wait, TimeSpan.FromSeconds(25), window);
        Assert.Equal(TimeSpan.Zero, await store.TryReserveAsync("other", 3, window, CancellationToken.None));
        await store.PauseAsync("other", TimeSpan.FromSeconds(20), CancellationToken.None);
        Assert.InRange(await store.TryReserveAsync("other", 3, window, CancellationToken.None), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(20));
    }
}
