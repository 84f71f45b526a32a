using FoiBot.Discord.Api;
using FoiBot.Discord.Bot;
using FoiBot.Search;

namespace FoiBot.Discord.Settings;

/// <summary>
/// /settings: a server's admins (Manage Server, as registered) choose where FoiBot answers, a default authority and
/// whether mentions are answered. Every reply is private to the admin who asked.
/// </summary>
internal sealed class SettingsCommand(IServerSettingsStore store, LetterIndex index)
{
    public const string Name = "settings";

    public async Task<InteractionResponseDto> RespondAsync(InteractionDto interaction, CancellationToken cancellationToken)
    {
        if (interaction.GuildId is not { } guildId)
        {
            return Private("Settings belong to a server: use /settings there.");
        }

        var sub = interaction.Data?.Options?.FirstOrDefault();
        var options = sub?.Options ?? [];
        string? Option(string name) => options.FirstOrDefault(o => o.Name == name)?.Text?.Trim() is { Length: > 0 } v ? v : null;
        var current = await store.GetAsync(guildId, cancellationToken).ConfigureAwait(false);
        ServerSettings? changed = sub?.Name switch
        {
            "mentions" when Option("enabled") is { } on => current with { MentionsEnabled = on == "true" },
            "channel" when Option("channel") is { } channel && Option("allowed") is { } allowed => current with
            {
                AllowedChannels = allowed == "true" ? [.. current.AllowedChannels.Append(channel).Distinct()] : [.. current.AllowedChannels.Where(c => c != channel)],
            },
            "all-channels" => current with { AllowedChannels = [] },
            "authority" when Option("name") is not { } name => current with { DefaultAuthority = null },
            "authority" when KnownAuthority(Option("name")!) is { } known => current with { DefaultAuthority = known },
            _ => null,
        };
        if (sub?.Name == "authority" && changed is null)
        {
            return Private($"I have no letters from \"{DiscordLimits.Clip(Option("name") ?? "", 100)}\"; choose one of the suggestions.");
        }

        if (changed is not null)
        {
            await store.SetAsync(guildId, changed, cancellationToken).ConfigureAwait(false);
        }

        return Private(Describe(changed ?? current));
    }

    public static string Describe(ServerSettings settings) =>
        $"Mentions: {(settings.MentionsEnabled ? "answered" : "not answered (slash commands still work)")}\n" +
        $"Channels: {(settings.AllowedChannels.Count == 0 ? "every channel I can post in" : string.Join(", ", settings.AllowedChannels.Select(c => $"<#{c}>")))}\n" +
        $"Default authority: {settings.DefaultAuthority ?? "none (questions name their own)"}";

    /// <summary>The index's own spelling of an authority it holds letters from, so answers filter on it exactly.</summary>
    private string? KnownAuthority(string name) =>
        index.Authorities.Select(a => a.Authority).FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
        ?? (Core.Authorities.AuthorityCatalog.Default.Resolve(name)?.Name is { } canonical
            ? index.Authorities.Select(a => a.Authority).FirstOrDefault(a => a == canonical)
            : null);

    private static InteractionResponseDto Private(string text) =>
        new(InteractionCallbackType.ChannelMessageWithSource, new MessagePayload { Content = text, Flags = MessagePayload.Ephemeral });
}
