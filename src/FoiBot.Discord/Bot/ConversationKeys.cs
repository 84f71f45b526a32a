namespace FoiBot.Discord.Bot;

/// <summary>
/// Which conversation a question belongs to: a thread is one conversation, whoever posts in it; elsewhere each
/// member has their own in each channel, so one member's "and Barnet?" never follows another member's question.
/// </summary>
internal sealed class ConversationKeys
{
    private readonly SeenIds _threads = new();

    /// <summary>Threads seen in THREAD_CREATE or started by the bot, for events that do not say their channel's type.</summary>
    public void RememberThread(string channelId) => _threads.FirstTime(channelId);

    public bool IsThread(string channelId, int? channelType) => channelType is 10 or 11 or 12 || _threads.Contains(channelId);

    public string For(string channelId, int? channelType, string userId) =>
        IsThread(channelId, channelType) ? Thread(channelId) : $"channel:{channelId}:member:{userId}";

    public static string Thread(string threadId) => $"thread:{threadId}";
}
