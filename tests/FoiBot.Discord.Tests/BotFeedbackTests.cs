using FoiBot.Discord.State;
using FoiBot.Testing;
using static FoiBot.Discord.Tests.Asking;

namespace FoiBot.Discord.Tests;

/// <summary>Helpful and Wrong under each answer, the reason modal, the CSV export, the request link on abstention, and a restart.</summary>
public sealed class BotFeedbackTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    private const string Barnet = "Does Barnet use facial recognition?";
    private const string Asked = "610000000000000031";

    [Fact]
    public async Task Feedback_WrongWithReasonAndHelpful_RoundTripsToTheCsv()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);
        var (fake, gateway) = (run.Fake, run.Gateway);

        var answer = await AskAsync(fake, gateway, 2, Asked, Barnet, DiscordEvents.UserId, ct);
        var ids = Buttons(answer).Select(b => b.TryGetProperty("custom_id", out var id) ? id.GetString() : null).ToList();
        Assert.Contains("foi:fb:up:" + Asked, ids);
        Assert.Contains("foi:fb:down:" + Asked, ids);

        await gateway.DispatchAsync("INTERACTION_CREATE", 3, Component("520000000000000001", "foi:fb:down:" + Asked, DiscordEvents.UserId), ct);
        var modal = await CallbackAsync(fake, "520000000000000001", ct);
        Assert.Equal(9, modal.GetProperty("type").GetInt32());
        Assert.Equal("foi:fbr:" + Asked, modal.GetProperty("data").GetProperty("custom_id").GetString());
        await gateway.DispatchAsync("INTERACTION_CREATE", 4, ModalSubmit("520000000000000002", "foi:fbr:" + Asked, "Wrong council, \"Barnet\" was asked", DiscordEvents.UserId), ct);
        var thanks = await CallbackAsync(fake, "520000000000000002", ct);
        await gateway.DispatchAsync("INTERACTION_CREATE", 5, Component("520000000000000003", "foi:fb:up:" + Asked, OtherUserId), ct);
        await CallbackAsync(fake, "520000000000000003", ct);
        Assert.Equal(64, thanks.GetProperty("data").GetProperty("flags").GetInt32());

        using var csv = new StringWriter();
        FeedbackCsv.Write(csv, await run.Bot.State.Store.ListAsync(ct));
        var rows = FeedbackCsv.Read(csv.ToString());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(Asked, r["answer_id"]);
            Assert.Equal(Barnet, r["question"]);
            Assert.Equal("No", r["verdict"]);
            Assert.Equal("extractive", r["engine"]);
            Assert.Equal("16336160 5576276", r["references"]);
        });
        Assert.Equal(["wrong", "helpful"], rows.Select(r => r["vote"]));
        Assert.Equal("Wrong council, \"Barnet\" was asked", rows[0]["reason"]);
    }

    [Fact]
    public async Task Abstention_OnANamedBodyWithoutLetters_LinksToRequestItOnWhatDoTheyKnow()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ct = timeout.Token;
        await using var run = await ConnectedBot.StartAsync(corpus, ct);

        var answer = await AskAsync(run.Fake, run.Gateway, 2, Asked, "Does Camden use drones?", DiscordEvents.UserId, ct);

        var link = Assert.Single(Buttons(answer), b => b.GetProperty("style").GetInt32() == 5);
        Assert.Equal("https://www.whatdotheyknow.com/new/london_borough_of_camden?title=Does%20Camden%20use%20drones%3F", link.GetProperty("url").GetString());
        Assert.False(link.TryGetProperty("custom_id", out _));
        using var questions = new StringWriter();
        FeedbackQuestions.Write(questions, TextWriter.Null, await run.Bot.State.Store.ListAsync(ct));
        Assert.Equal($$"""{"id":"fb-{{Asked}}","question":"Does Camden use drones?","gold_refs":[],"kind":"unanswerable"}""", questions.ToString().Trim());
    }

    [Fact]
    public async Task Restart_SecondBotOverTheSameFile_KeepsConversationsAndFeedback()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        var ct = timeout.Token;
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "foibot-state.db");

        var first = BotState.Sqlite(path, corpus, TimeProvider.System);
        await using (var run = await ConnectedBot.StartAsync(corpus, ct, state: first))
        {
            await AskAsync(run.Fake, run.Gateway, 2, Asked, Barnet, DiscordEvents.UserId, ct);
            await run.Gateway.DispatchAsync("INTERACTION_CREATE", 3, Component("520000000000000011", "foi:fb:down:" + Asked, DiscordEvents.UserId), ct);
            await CallbackAsync(run.Fake, "520000000000000011", ct);
        }

        await first.Store.DisposeAsync();
        var second = BotState.Sqlite(path, corpus, TimeProvider.System);
        await using (var run = await ConnectedBot.StartAsync(corpus, ct, state: second))
        {
            var followUp = await AskAsync(run.Fake, run.Gateway, 2, "610000000000000032", "And Coventry?", DiscordEvents.UserId, ct);
            Assert.Contains(Cited(followUp), f => f.Contains("FOI352248676", StringComparison.Ordinal));
        }

        var entries = await second.Store.ListAsync(ct);
        await second.Store.DisposeAsync();
        var kept = Assert.Single(entries, e => e.Answer.AnswerId == Asked);
        Assert.Equal(Barnet, kept.Answer.Question);
        Assert.False(Assert.Single(kept.Votes).Helpful);
    }
}
