using FoiBot.Discord.State;

namespace FoiBot.Discord.Tests;

/// <summary>The feedback export, as a spreadsheet will read it: what members typed never becomes a formula.</summary>
public sealed class FeedbackCsvTests
{
    [Fact]
    public void Write_QuestionAndReasonShapedLikeFormulas_StayText()
    {
        var at = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
        var answer = new AnswerRecord { AnswerId = "a1", Question = "=HYPERLINK(\"http://x\",\"click\")", Verdict = "No", Engine = "extractive", AskedAt = at };
        using var csv = new StringWriter();

        FeedbackCsv.Write(csv, [new FeedbackEntry(answer, [new FeedbackVote("a1", "u1", false, "@SUM(A1:A9)", at)])]);

        var lines = csv.ToString().Split("\r\n");
        Assert.Equal(string.Join(',', FeedbackCsv.Columns), lines[0]);
        Assert.Equal("a1,2026-12-07T10:00:00Z,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",No,false,extractive,,,,,wrong,'@SUM(A1:A9),2026-12-07T10:00:00Z", lines[1]);
    }
}
