using System.Text.Json;
using System.Text.Json.Serialization;

namespace FoiBot.Discord.State;

/// <summary>
/// `foibot feedback questions`: the questions FoiBot could not answer and the answers members marked wrong, as lines
/// of the eval question set (tests/eval/dev-questions.jsonl: id, question, gold_refs, kind), one per distinct
/// question. Gold is never taken from FoiBot's own answer: gold_refs starts empty, for whoever adds the question to
/// decide from the letters (a down-voted line fails tests/eval/validate.py until they do). What FoiBot said goes
/// to the notes, so the JSONL stays in the set's shape.
/// </summary>
internal static class FeedbackQuestions
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the JSONL to <paramref name="output"/> and one note per line to <paramref name="notes"/>; returns how many.</summary>
    public static int Write(TextWriter output, TextWriter notes, IEnumerable<FeedbackEntry> entries)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var entry in entries.Where(e => e.Answer.Abstained || e.Wrong > 0))
        {
            var a = entry.Answer;
            if (!seen.Add(string.Join(' ', a.Question.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            {
                continue;
            }

            var line = new EvalLine($"fb-{a.AnswerId}", a.Question, [], a.Abstained && entry.Wrong == 0 ? "unanswerable" : "direct");
            output.WriteLine(JsonSerializer.Serialize(line, s_json));
            var reasons = entry.Votes.Where(v => !v.Helpful && v.Reason is not null).Select(v => v.Reason);
            notes.WriteLine(a.Abstained
                ? $"{line.Id}: no answer found{(a.Authority is null ? "" : " about " + a.Authority)}; wrong {entry.Wrong}, helpful {entry.Helpful}"
                : $"{line.Id}: answered {a.Verdict} citing {string.Join(' ', a.References)}; wrong {entry.Wrong}, helpful {entry.Helpful}{string.Concat(reasons.Select(r => "; \"" + r + "\""))}");
            count++;
        }

        return count;
    }

    private sealed record EvalLine(string Id, string Question, [property: JsonPropertyName("gold_refs")] IReadOnlyList<string> GoldRefs, string Kind);
}
