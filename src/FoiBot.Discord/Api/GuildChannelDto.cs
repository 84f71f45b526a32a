namespace FoiBot.Discord.Api;

/// <summary>A guild channel or thread as CHANNEL_* and THREAD_* events and GUILD_CREATE carry it.</summary>
internal sealed record GuildChannelDto
{
    public string Id { get; init; } = "";

    public string? GuildId { get; init; }

    public int Type { get; init; }

    /// <summary>A thread's channel, or a channel's category.</summary>
    public string? ParentId { get; init; }

    public IReadOnlyList<OverwriteDto>? PermissionOverwrites { get; init; }
}
