using FoiBot.Answering.Conversations;

using FoiBot.Testing;

namespace FoiBot.Answering.Tests;

public sealed class ConversationMemoryTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public void Recall_MoreTurnsThanTheBound_KeepsTheNewest()
    {
        var memory = new ConversationMemory(maxTurns: 2, TimeSpan.FromMinutes(30), _time);
        for (var i = 1; i <= 3; i++)
        {
            memory.Remember("c", new ConversationTurn($"q{i}", $"a{i}"));
        }

        Assert.Equal(["q2", "q3"], memory.Recall("c").Select(t => t.Question));
    }

    [Fact]
    public void Recall_IdleLongerThanTheLimit_ForgetsTheConversation()
    {
        var memory = new ConversationMemory(maxTurns: 6, TimeSpan.FromMinutes(30), _time);
        memory.Remember("c", new ConversationTurn("q", "a"));

        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.Single(memory.Recall("c"));
        _time.Advance(TimeSpan.FromMinutes(31));

        Assert.Empty(memory.Recall("c"));
    }

    [Fact]
    public void Remember_AfterTheIdleLimit_StartsAFreshConversation()
    {
        var memory = new ConversationMemory(maxTurns: 6, TimeSpan.FromMinutes(30), _time);
        memory.Remember("c", new ConversationTurn("old", "a"));
        _time.Advance(TimeSpan.FromHours(1));

        memory.Remember("c", new ConversationTurn("new", "a"));

        Assert.Equal(["new"], memory.Recall("c").Select(t => t.Question));
    }

    [Fact]
    public void Recall_NoConversationId_RemembersNothing()
    {
        var memory = new ConversationMemory(maxTurns: 6, TimeSpan.FromMinutes(30), _time);
        memory.Remember(null, new ConversationTurn("q", "a"));

        Assert.Empty(memory.Recall(null));
    }

    [Fact]
    public void Remember_MoreConversationsThanTheCap_DropsTheLongestIdle()
    {
        var memory = new ConversationMemory(maxTurns: 1, TimeSpan.FromDays(1), _time);
        for (var i = 0; i <= ConversationMemory.MaxConversations; i++)
        {
            memory.Remember($"c{i}", new ConversationTurn("q", "a"));
            _time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.Empty(memory.Recall("c0"));
        Assert.Single(memory.Recall($"c{ConversationMemory.MaxConversations}"));
    }
}
