namespace FoiBot.Discord.Bot;

/// <summary>The short texts users see when FoiBot cannot answer normally. Never any detail of the failure.</summary>
internal static class BotReplies
{
    public const string Slow = "You're asking faster than I can keep up. Please wait a minute and try again.";
    public const string Failed = "Sorry, something went wrong while answering. Please try again in a little while.";
    public const string MentionsOff = "This server has @mentions of me turned off; use /ask instead.";
    public const string NotHere = "I don't answer in that channel on this server; use /ask, or ask me in a DM.";
    public const string CannotPost = "I'm not allowed to post in that channel; use /ask there, or ask me in a DM.";
    public const string NotHereCommand = "This server's admins have chosen other channels for me; try there, or ask me in a DM.";
    public const string Usage = "Ask me a question about UK FOI disclosures, for example: \"Does Barnet use facial recognition?\"";

    public static string Shortened(string question) => $"Your message was long, so I answered: \"{DiscordLimits.Clip(question, 300)}\"";

    public static string NoLetter(string reference) => $"I have no letter with the reference \"{DiscordLimits.Clip(reference, 100)}\".";
}
