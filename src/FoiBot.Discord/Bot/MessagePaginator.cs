using FoiBot.Discord.Api;

namespace FoiBot.Discord.Bot;

/// <summary>
/// Fits a draft into as many messages as it takes: descriptions cut at line breaks into 4096-character pieces, at most
/// 25 fields per embed, at most 10 embeds and 6000 counted characters per message. Nothing is silently dropped.
/// </summary>
internal static class MessagePaginator
{
    public static IReadOnlyList<MessagePayload> Paginate(EmbedDraft draft, IReadOnlyList<ComponentDto>? components = null, int? flags = null)
    {
        var embeds = Embeds(draft);
        var messages = new List<MessagePayload>();
        var current = new List<EmbedDto>();
        var size = 0;
        foreach (var embed in embeds)
        {
            var length = Length(embed);
            if (current.Count > 0 && (current.Count == DiscordLimits.EmbedsPerMessage || size + length > DiscordLimits.EmbedTotal))
            {
                messages.Add(new MessagePayload { Embeds = current, Flags = flags });
                current = [];
                size = 0;
            }

            current.Add(embed);
            size += length;
        }

        messages.Add(new MessagePayload { Embeds = current, Flags = flags });
        messages[0] = messages[0] with { Components = components is { Count: > 0 } ? components : null };
        return messages;
    }

    public static int Length(EmbedDto embed) =>
        (embed.Title?.Trim().Length ?? 0) + (embed.Description?.Trim().Length ?? 0) + (embed.Footer?.Text.Trim().Length ?? 0)
        + (embed.Fields?.Sum(f => f.Name.Trim().Length + f.Value.Trim().Length) ?? 0);

    private static List<EmbedDto> Embeds(EmbedDraft draft)
    {
        var title = DiscordLimits.Clip(draft.Title, DiscordLimits.EmbedTitle);
        var footer = draft.Footer is null ? null : new EmbedFooterDto(DiscordLimits.Clip(draft.Footer, DiscordLimits.FooterText));
        var pieces = SplitText(draft.Description, DiscordLimits.EmbedDescription);
        var embeds = pieces.Select((p, i) => new EmbedDto { Title = i == 0 ? title : null, Description = p, Color = draft.Color }).ToList();
        var fields = draft.Fields.Select(f => new EmbedFieldDto(DiscordLimits.Clip(f.Name, DiscordLimits.FieldName), DiscordLimits.Clip(f.Value, DiscordLimits.FieldValue), f.Inline)).ToList();

        // Fields join the last description embed while it has room, then continue in embeds of their own.
        var last = embeds.Count > 0 ? embeds[^1] : null;
        var batch = new List<EmbedFieldDto>();
        var budget = DiscordLimits.EmbedTotal - (last is null ? title.Length : Length(last)) - (footer?.Text.Length ?? 0);
        foreach (var field in fields)
        {
            var length = field.Name.Length + field.Value.Length;
            if (batch.Count == DiscordLimits.EmbedFields || length > budget)
            {
                Flush();
                budget = DiscordLimits.EmbedTotal - (footer?.Text.Length ?? 0);
            }

            batch.Add(field);
            budget -= length;
        }

        Flush();
        if (embeds.Count == 0)
        {
            embeds.Add(new EmbedDto { Title = title, Color = draft.Color });
        }

        embeds[^1] = embeds[^1] with { Footer = footer };
        return embeds;

        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            if (last is not null)
            {
                embeds[^1] = last with { Fields = batch };
                last = null;
            }
            else
            {
                embeds.Add(new EmbedDto { Title = embeds.Count == 0 ? title : null, Color = draft.Color, Fields = batch });
            }

            batch = [];
        }
    }

    /// <summary>Splits at the last line break (else space) before the limit, so pieces read naturally.</summary>
    internal static List<string> SplitText(string text, int max)
    {
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            cut = cut > max / 2 ? cut : rest.LastIndexOf(' ', max - 1);
            cut = cut > max / 2 ? cut : max;
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }
}
