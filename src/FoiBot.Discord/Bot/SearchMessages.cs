using FoiBot.Discord.Api;
using FoiBot.Search;

namespace FoiBot.Discord.Bot;

/// <summary>Search hits as Discord messages: one field per passage, naming its letter, with "Show letter" buttons.</summary>
internal static class SearchMessages
{
    public static IReadOnlyList<MessagePayload> Build(string terms, IReadOnlyList<PassageHit> hits)
    {
        var fields = hits.Select(h => new EmbedFieldDto(
            string.Join(" · ", new[] { h.Letter.Authority, h.Letter.Reference, AnswerMessages.Date(h.Letter.ResponseDate) }.Where(p => !string.IsNullOrWhiteSpace(p))),
            $"**Q:** {DiscordLimits.Clip(h.Pair.Question, 300)}\n**A:** {DiscordLimits.Clip(h.Pair.Answer, 600)}")).ToList();
        var draft = new EmbedDraft
        {
            Title = DiscordLimits.Clip($"Search: {terms}", DiscordLimits.EmbedTitle),
            Description = hits.Count == 0 ? "No letters matched." : $"{hits.Count} passage(s), best first.",
            Color = 0x1565C0,
            Fields = fields,
        };
        return MessagePaginator.Paginate(draft, AnswerMessages.ShowLetterButtons(hits.Select(h => h.Letter.Reference)));
    }
}
