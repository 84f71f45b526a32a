using System.Globalization;
using System.Text;
using FoiBot.Answering.Records;

namespace FoiBot.Discord.State;

/// <summary>
/// `foibot feedback export --csv`: one row per vote with the answer it judged (RFC 4180 quoting). Members' ids are
/// left out; the answer id leads back to the message on Discord.
/// </summary>
internal static class FeedbackCsv
{
    public static readonly string[] Columns =
        ["answer_id", "asked_at", "question", "verdict", "abstained", "engine", "references", "authority", "guild_id", "channel_id", "vote", "reason", "voted_at"];

    /// <remarks>Written by the shared <see cref="CsvTable"/>: a question or reason a member typed that a spreadsheet would read as a formula stays text.</remarks>
    public static void Write(TextWriter output, IEnumerable<FeedbackEntry> entries) =>
        output.Write(CsvTable.Write(Columns, entries.SelectMany(entry => entry.Votes.Select(vote => Row(entry.Answer, vote)))));

    private static IReadOnlyList<object?> Row(AnswerRecord a, FeedbackVote vote) =>
    [
        a.AnswerId, Time(a.AskedAt), a.Question, a.Verdict, a.Abstained ? "true" : "false", a.Engine, string.Join(' ', a.References),
        a.Authority, a.GuildId, a.ChannelId, vote.Helpful ? "helpful" : "wrong", vote.Reason, Time(vote.At),
    ];

    /// <summary>Reads rows back (for checking an export, and the tests): a list of records, each field by column name.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string text)
    {
        var records = Records(text).ToList();
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0];
        return records.Skip(1).Select(r => (IReadOnlyDictionary<string, string>)header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static IEnumerable<List<string>> Records(string text)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return record;
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
