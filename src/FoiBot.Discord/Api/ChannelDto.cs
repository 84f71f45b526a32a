namespace FoiBot.Discord.Api;

/// <summary>A channel or thread as Discord sends it (a DM, THREAD_CREATE, an interaction's partial channel).</summary>
internal sealed record ChannelDto
{
    public string Id { get; init; } = "";

    /// <summary>0 a text channel, 1 a DM, 10-12 threads, 15 a forum.</summary>
    public int? Type { get; init; }

    public string? GuildId { get; init; }

    /// <summary>For a thread: the channel (or forum) it belongs to.</summary>
    public string? ParentId { get; init; }

    /// <summary>For a thread: its name, which for a forum post is the post's title.</summary>
    public string? Name { get; init; }

    /// <summary>For a thread: the member who started it.</summary>
    public string? OwnerId { get; init; }

    /// <summary>On THREAD_CREATE: true for a thread just made, false when the bot is only being added to one.</summary>
    public bool? NewlyCreated { get; init; }
}
