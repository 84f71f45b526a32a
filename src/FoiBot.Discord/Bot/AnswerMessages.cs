using System.Globalization;
using FoiBot.Core;
using FoiBot.Discord.Api;
using FoiBot.Discord.Interactions;

namespace FoiBot.Discord.Bot;

/// <summary>Turns an answer into Discord messages: the verdict, the short answer, one field per citation, and "Show letter" buttons.</summary>
internal static class AnswerMessages
{
    /// <param name="answerId">Puts Helpful and Wrong buttons carrying this id under the answer.</param>
    /// <param name="requestUrl">On abstention: where to request the letters instead.</param>
    public static IReadOnlyList<MessagePayload> Build(Answer answer, string? answerId = null, string? requestUrl = null)
    {
        var draft = new EmbedDraft
        {
            Title = VerdictLabel(answer.Verdict),
            Description = answer.Text,
            Color = VerdictColor(answer.Verdict),
            Fields = answer.Citations.SelectMany(CitationFields).ToList(),
            Footer = answer.Citations.Count > 0 ? "Quotes are copied word for word from the authorities' FOI response letters." : null,
        };
        var rows = ShowLetterButtons(answer.Citations.Select(c => c.Ref));
        if (answerId is not null && FeedbackComponents.Fits(answerId))
        {
            rows = [.. rows, FeedbackComponents.Row(answerId, requestUrl)];
        }

        return MessagePaginator.Paginate(draft, rows);
    }

    /// <summary>
    /// "Authority · ref · date" over the quoted sentence (one field, or continued fields for a very long quote), then the
    /// letter's public address when it has one, so the user can read the letter where it was published.
    /// </summary>
    public static IEnumerable<EmbedFieldDto> CitationFields(Citation citation)
    {
        var name = string.Join(" · ", new[] { citation.Authority, citation.Ref, Date(citation.Date) }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var value = "> " + citation.Quote.Replace("\n", "\n> ", StringComparison.Ordinal);
        if (PublicAddress(citation.SourceAddress) is { } address)
        {
            value += $"\n<{address}>";
        }

        return LongField.Split(DiscordLimits.Clip(name, DiscordLimits.FieldName), value);
    }

    /// <summary>The address when it is a web address Discord will link; a table's other text is not offered as a link.</summary>
    private static string? PublicAddress(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;

    /// <summary>One button per distinct reference, up to a row's five; each opens that letter privately.</summary>
    public static IReadOnlyList<ComponentDto> ShowLetterButtons(IEnumerable<string?> references)
    {
        var buttons = references
            .OfType<string>()
            .Where(r => SlashCommands.ShowLetterPrefix.Length + r.Length <= DiscordLimits.CustomId)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(DiscordLimits.ButtonsPerRow)
            .Select(r => new ComponentDto
            {
                Type = ComponentDto.Button,
                Style = ComponentDto.SecondaryStyle,
                Label = DiscordLimits.Clip("Show letter " + r, DiscordLimits.ButtonLabel),
                CustomId = SlashCommands.ShowLetterPrefix + r,
            })
            .ToList();
        return buttons.Count == 0 ? [] : [new ComponentDto { Type = ComponentDto.ActionRow, Components = buttons }];
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string VerdictLabel(Verdict verdict) => verdict switch
    {
        Verdict.Yes => "Yes",
        Verdict.No => "No",
        Verdict.NotHeld => "Not held",
        Verdict.Refused => "Refused",
        Verdict.NeitherConfirmNorDeny => "Neither confirmed nor denied",
        Verdict.Partial => "Partly",
        Verdict.Answered => "Answered",
        _ => "No answer found",
    };

    private static int VerdictColor(Verdict verdict) => verdict switch
    {
        Verdict.Yes => 0x2E7D32,
        Verdict.No => 0xC62828,
        Verdict.NotHeld or Verdict.Refused or Verdict.NeitherConfirmNorDeny => 0x6D4C41,
        Verdict.NoAnswer => 0x757575,
        _ => 0x1565C0,
    };
}
