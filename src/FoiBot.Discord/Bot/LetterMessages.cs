using System.Text;
using FoiBot.Core;
using FoiBot.Discord.Api;

namespace FoiBot.Discord.Bot;

/// <summary>A parsed letter as Discord messages: who, when, which reference, then each question with its answer.</summary>
internal static class LetterMessages
{
    public static IReadOnlyList<MessagePayload> Build(Disclosure letter, int? flags)
    {
        var header = new StringBuilder();
        Line(header, "Reference", string.Join(", ", letter.References));
        Line(header, "Date", AnswerMessages.Date(letter.ResponseDate));
        Line(header, "Subject", letter.Subject);
        Line(header, "Outcome", letter.Outcome.ToString());
        var fields = letter.Pairs.SelectMany((p, i) => LongField.Split(
            DiscordLimits.Clip($"{p.Number ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}. {p.Question}", DiscordLimits.FieldName),
            p.Answer.Length > 0 ? p.Answer : "(no answer in the letter)")).ToList();
        var draft = new EmbedDraft
        {
            Title = $"{letter.Authority ?? "Unknown authority"} · {letter.Reference ?? "no reference"}",
            Description = header.ToString(),
            Color = 0x1565C0,
            Fields = fields,
        };
        return MessagePaginator.Paginate(draft, flags: flags);
    }

    private static void Line(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append("**").Append(label).Append(":** ").Append(value).Append('\n');
        }
    }
}
