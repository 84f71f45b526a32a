using FoiBot.Discord.Api;

namespace FoiBot.Discord.Bot;

/// <summary>A field whose text may be longer than Discord's 1024 characters, split into continued fields rather than cut.</summary>
internal static class LongField
{
    public static IEnumerable<EmbedFieldDto> Split(string name, string value)
    {
        var pieces = MessagePaginator.SplitText(value, DiscordLimits.FieldValue);
        for (var i = 0; i < pieces.Count; i++)
        {
            yield return new EmbedFieldDto(i == 0 ? name : DiscordLimits.Clip(name, DiscordLimits.FieldName - 12) + " (continued)", pieces[i]);
        }
    }
}
