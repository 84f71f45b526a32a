namespace FoiBot.Discord.Guilds;

/// <summary>The Discord permission bits FoiBot reads, from Discord's permissions reference.</summary>
[Flags]
internal enum Permissions : ulong
{
    None = 0,
    Administrator = 1UL << 3,
    ManageGuild = 1UL << 5,
    ViewChannel = 1UL << 10,
    SendMessages = 1UL << 11,
    SendTtsMessages = 1UL << 12,
    EmbedLinks = 1UL << 14,
    AttachFiles = 1UL << 15,
    ReadMessageHistory = 1UL << 16,
    MentionEveryone = 1UL << 17,
    SendMessagesInThreads = 1UL << 38,
    All = ulong.MaxValue,
}
