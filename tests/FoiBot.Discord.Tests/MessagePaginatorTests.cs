using FoiBot.Core;
using FoiBot.Discord.Api;
using FoiBot.Discord.Bot;

namespace FoiBot.Discord.Tests;

public sealed class MessagePaginatorTests
{
    [Fact]
    public void Build_ManyLongCitations_EveryMessageWithinDiscordLimitsAndNoCitationLost()
    {
        var citations = Enumerable.Range(1, 60).Select(i => new Citation
        {
            Ref = $"REF-{i}",
            Authority = "London Borough of Barnet " + new string('x', 300),
            Date = new DateOnly(2024, 1, 1),
            Question = "q",
            Quote = $"Quote {i} " + new string('y', 1500),
            Source = "s.txt",
        }).ToList();
        var answer = new Answer { Question = "q", Verdict = Verdict.Yes, Text = new string('z', 9000), Citations = citations };

        var messages = AnswerMessages.Build(answer);

        Assert.True(messages.Count > 1);
        foreach (var message in messages)
        {
            var embeds = message.Embeds!;
            Assert.InRange(embeds.Count, 1, DiscordLimits.EmbedsPerMessage);
            Assert.InRange(embeds.Sum(MessagePaginator.Length), 1, DiscordLimits.EmbedTotal);
            Assert.All(embeds, e =>
            {
                Assert.InRange(e.Description?.Length ?? 0, 0, DiscordLimits.EmbedDescription);
                Assert.InRange(e.Fields?.Count ?? 0, 0, DiscordLimits.EmbedFields);
                Assert.All(e.Fields ?? [], f => Assert.InRange(f.Name.Length, 1, DiscordLimits.FieldName));
                Assert.All(e.Fields ?? [], f => Assert.InRange(f.Value.Length, 1, DiscordLimits.FieldValue));
            });
        }

        var fields = messages.SelectMany(m => m.Embeds!).SelectMany(e => e.Fields ?? []).ToList();
        Assert.Equal(60, fields.Count(f => !f.Name.EndsWith("(continued)", StringComparison.Ordinal)));
        Assert.All(citations, c => Assert.Contains(fields, f => f.Value.Contains($"Quote {c.Ref![4..]} ", StringComparison.Ordinal)));
        Assert.Equal(citations.Sum(c => c.Quote.Count(ch => ch == 'y')), fields.Sum(f => f.Value.Count(ch => ch == 'y')));
        Assert.Equal(9000, messages.SelectMany(m => m.Embeds!).Sum(e => e.Description?.Length ?? 0));
        Assert.NotNull(messages[0].Components);
        Assert.All(messages.Skip(1), m => Assert.Null(m.Components));
        Assert.Equal(5, messages[0].Components![0].Components!.Count);
    }

    [Fact]
    public void Build_ShortAnswer_OneMessageOneEmbed()
    {
        var answer = new Answer { Question = "q", Verdict = Verdict.NoAnswer, Text = "I found no letter answering that." };

        var messages = AnswerMessages.Build(answer);

        var embed = Assert.Single(Assert.Single(messages).Embeds!);
        Assert.Equal("No answer found", embed.Title);
        Assert.Equal(AllowedMentionsDto.None, messages[0].AllowedMentions);
        Assert.Null(messages[0].Components);
    }
}
