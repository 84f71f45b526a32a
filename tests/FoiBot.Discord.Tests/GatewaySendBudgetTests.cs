using FoiBot.Discord.Gateway;
using FoiBot.Testing;

namespace FoiBot.Discord.Tests;

public sealed class GatewaySendBudgetTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public void TryTake_WithinTheLimit_SendsAtOnceThenWaitsForTheOldestToLeaveTheWindow()
    {
        var budget = new GatewaySendBudget(_time, limit: 5, reservedForHeartbeats: 1, window: TimeSpan.FromSeconds(60));

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(TimeSpan.Zero, budget.TryTake(heartbeat: false));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(TimeSpan.FromSeconds(56), budget.TryTake(heartbeat: false));
        _time.Advance(TimeSpan.FromSeconds(56));
        Assert.Equal(TimeSpan.Zero, budget.TryTake(heartbeat: false));
    }

    [Fact]
    public void TryTake_OtherSendsUsedTheirShare_HeartbeatStillGoesAtOnce()
    {
        var budget = new GatewaySendBudget(_time, limit: 5, reservedForHeartbeats: 1, window: TimeSpan.FromSeconds(60));
        for (var i = 0; i < 4; i++)
        {
            budget.TryTake(heartbeat: false);
        }

        Assert.True(budget.TryTake(heartbeat: false) > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, budget.TryTake(heartbeat: true));
        Assert.True(budget.TryTake(heartbeat: true) > TimeSpan.Zero);
    }

    [Fact]
    public void TryTake_DiscordsDefaults_Allow117OtherSendsAMinute()
    {
        var budget = new GatewaySendBudget(_time);

        var sent = Enumerable.Range(0, 200).Count(_ => budget.TryTake(heartbeat: false) == TimeSpan.Zero);

        Assert.Equal(117, sent);
    }
}
