namespace FoiBot.Discord.Bot;

/// <summary>Discord's message and embed limits (a message over any of them is refused with error 50035).</summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTotal = 6000;
    public const int ButtonsPerRow = 5;
    public const int ButtonLabel = 80;
    public const int CustomId = 100;
    public const int Choices = 25;
    public const int ChoiceText = 100;
    public const int ThreadName = 100;

    /// <summary>A thread left unused for a day is archived (Discord allows 60, 1440, 4320 or 10080 minutes).</summary>
    public const int ThreadArchiveMinutes = 1440;

    /// <summary>Cuts text to a limit, ending with an ellipsis when something was cut.</summary>
    public static string Clip(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..(max - 1)].TrimEnd() + "…";
    }
}
