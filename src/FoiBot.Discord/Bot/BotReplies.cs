namespace FoiBot.Discord.Bot;

/// <summary>The short texts users see when FoiBot cannot answer normally. Never any detail of the failure.</summary>
internal static class BotReplies
{
    public const string Slow = "You're asking faster than I can keep up. Please wait a minute and try again.";
    public const string Failed = "Sorry, something went wrong while answering. Please try again in a little while.";
    public const string Usage = "Ask me a question about UK FOI disclosures, for example: \"Does Barnet use facial recognition?\"";

    public static string NoLetter(string reference) => $"I have no letter with the reference \"{DiscordLimits.Clip(reference, 100)}\".";
}
