using FoiBot.Hosting;

namespace FoiBot.Discord;

/// <summary>The "Discord" section as each front end needs it; the token and public key are refused from settings files.</summary>
public static class DiscordSections
{
    private static readonly string[] s_secrets = [nameof(DiscordOptions.Token), nameof(DiscordOptions.PublicKey)];

    /// <summary>For the gateway bot and registering commands: a token is needed.</summary>
    public static OptionsSection<DiscordOptions> Bot { get; } = new(DiscordOptions.SectionName, o => o.Validate()) { Secrets = s_secrets };

    /// <summary>For the HTTP interactions endpoint: the application's public key too, to check Discord's signatures.</summary>
    public static OptionsSection<DiscordOptions> Interactions { get; } =
        new(DiscordOptions.SectionName, o => o.Validate(requirePublicKey: true)) { Secrets = s_secrets };
}
