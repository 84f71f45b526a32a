using FoiBot.Discord.State;
using FoiBot.Testing;

namespace FoiBot.Cli.Tests;

/// <summary>`foibot feedback` reading what the bot kept in the SQLite file beside the index (.foibot/foibot-state.db).</summary>
public sealed class FeedbackCommandTests
{
    private static readonly DateTimeOffset s_at = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Export_Csv_OneRowPerVoteWithTheAnswer()
    {
        using var folder = new TempDirectory();
        await KeepAsync(folder.Path);

        var run = await CliRun.InAsync(folder.Path, "feedback", "export", "--csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                string.Join(',', FeedbackCsv.Columns),
                "1,2026-12-07T10:00:00Z,\"Does Barnet use facial recognition, or not?\",No,false,extractive,16336160 5576276,London Borough of Barnet,g,c,wrong,out of date,2026-12-07T10:00:00Z",
                "3,2026-12-07T10:00:00Z,How many CCTV cameras does Moray Council have?,Answered,false,extractive,101001461782,Moray Council,g,c,helpful,,2026-12-07T10:00:00Z",
            ],
            run.OutputLines);
    }

    [Fact]
    public async Task Questions_UnansweredAndDownVoted_AsEvalLinesWithNotesApart()
    {
        using var folder = new TempDirectory();
        await KeepAsync(folder.Path);

        var run = await CliRun.InAsync(folder.Path, "feedback", "questions");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                """{"id":"fb-1","question":"Does Barnet use facial recognition, or not?","gold_refs":[],"kind":"direct"}""",
                """{"id":"fb-2","question":"Does Camden use drones?","gold_refs":[],"kind":"unanswerable"}""",
            ],
            run.OutputLines);
        Assert.Contains("fb-1: answered No citing 16336160 5576276; wrong 1, helpful 0; \"out of date\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 question(s)", run.Error, StringComparison.Ordinal);
    }

    /// <summary>A down-voted answer, an abstention, and a helpful answer that is neither.</summary>
    private static async Task KeepAsync(string root)
    {
        await using var store = SqliteStateStore.Open(Path.Combine(root, ".foibot", StateOptions.DefaultFileName), 6, TimeSpan.FromMinutes(30), TimeProvider.System);
        await store.RecordAnswerAsync(Answer("1", "Does Barnet use facial recognition, or not?", "No", false, ["16336160", "5576276"], "London Borough of Barnet"), CancellationToken.None);
        await store.RecordAnswerAsync(Answer("2", "Does Camden use drones?", "NoAnswer", true, [], "London Borough of Camden"), CancellationToken.None);
        await store.RecordAnswerAsync(Answer("3", "How many CCTV cameras does Moray Council have?", "Answered", false, ["101001461782"], "Moray Council"), CancellationToken.None);
        await store.RecordVoteAsync(new FeedbackVote("1", "u1", false, "out of date", s_at), CancellationToken.None);
        await store.RecordVoteAsync(new FeedbackVote("3", "u1", true, null, s_at), CancellationToken.None);
    }

    private static AnswerRecord Answer(string id, string question, string verdict, bool abstained, string[] refs, string authority) => new()
    {
        AnswerId = id,
        Question = question,
        Verdict = verdict,
        Abstained = abstained,
        Engine = "extractive",
        References = refs,
        Authority = authority,
        GuildId = "g",
        ChannelId = "c",
        AskedAt = s_at,
    };
}
