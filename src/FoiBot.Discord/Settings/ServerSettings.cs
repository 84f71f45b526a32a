using FoiBot.Core.Authorities;

namespace FoiBot.Discord.Settings;

/// <summary>One server's choices, made by its admins with /settings. The defaults answer everywhere, for any authority.</summary>
internal sealed record ServerSettings
{
    public static ServerSettings Default { get; } = new();

    /// <summary>Channels FoiBot answers in (their threads too); empty means every channel it can post in.</summary>
    public IReadOnlyList<string> AllowedChannels { get; init; } = [];

    /// <summary>The authority a question is about when it names none (a council's own server, say).</summary>
    public string? DefaultAuthority { get; init; }

    /// <summary>Whether @mentions are answered; slash commands always are.</summary>
    public bool MentionsEnabled { get; init; } = true;

    /// <summary>The default authority, for a question that names none of its own.</summary>
    public string? AuthorityFor(string question) =>
        DefaultAuthority is not null && AuthorityCatalog.Default.FindMentions(question).Count == 0 ? DefaultAuthority : null;

    public bool Allows(string channelId, string? parentId) =>
        AllowedChannels.Count == 0 || AllowedChannels.Contains(channelId) || (parentId is not null && AllowedChannels.Contains(parentId));
}
