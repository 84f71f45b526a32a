using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// The layout where the response repeats each question and answers below it (Barnet's "Response" section).
/// A response line that restates a request line opens a pair; the lines under it, up to the next restatement, answer it.
/// </summary>
internal static partial class EchoLayout
{
    public static List<DraftPair>? TryAssemble(IReadOnlyList<RequestedQuestion> questions, IReadOnlyList<string> response)
    {
        var known = new List<EchoKey>();
        foreach (var q in questions)
        {
            foreach (var line in q.Lines)
            {
                var key = Key(line);
                if (key.Length >= 12)
                {
                    known.Add(new EchoKey(key, Words(key), q));
                }
            }
        }

        var pairs = new List<DraftPair>();
        var preface = new List<string>();
        var answered = new HashSet<RequestedQuestion>();
        DraftPair? current = null;
        foreach (var line in response)
        {
            var echoed = line.Length == 0 ? null : Match(Key(line), known);
            if (echoed is not null)
            {
                // A restated sub-question of one already answered adds nothing unless it has an answer of its own.
                if (current is not null && !current.HasAnswer && answered.Contains(echoed))
                {
                    continue;
                }

                var (question, inline) = WithInlineAnswer(StripNumber(line), echoed);
                current = new DraftPair(echoed.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture), question);
                if (inline.Length > 0)
                {
                    current.Answer.Add(inline);
                }

                pairs.Add(current);
                answered.Add(echoed);
            }
            else if (current is not null)
            {
                current.Answer.Add(line);
            }
            else
            {
                preface.Add(line);
            }
        }

        if (pairs.Count == 0)
        {
            return null;
        }

        // "Your request has been reproduced below:" introduces the restated questions and answers none of them.
        pairs[0].Answer.InsertRange(0, preface.Where(l => !l.EndsWith(':')));

        // Restated sub-questions left unanswered (the parent's "No" made them moot) are not questions of their own.
        var answeredNumbers = pairs.Where(p => p.HasAnswer).Select(p => p.Number).ToHashSet();
        pairs.RemoveAll(p => !p.HasAnswer && pairs.Count > 1 && (p.Number is null || answeredNumbers.Contains(p.Number)));
        return pairs;
    }

    /// <summary>
    /// "1. How many notices did you issue? – 475 Please note ...": a restatement longer than the question it restates
    /// carries the answer after it on the same line.
    /// </summary>
    private static (string Question, string Answer) WithInlineAnswer(string line, RequestedQuestion echoed)
    {
        var asked = Key(string.Join(" ", echoed.Lines));
        if (Key(line).Length <= asked.Length + 2)
        {
            return (line, "");
        }

        var (question, answer) = InlineAnswerSplitter.Split(line);
        return answer.Length > 0 && Key(question).Length >= asked.Length * 9 / 10 ? (question, answer) : (line, "");
    }

    private static RequestedQuestion? Match(string key, List<EchoKey> known)
    {
        if (key.Length < 12)
        {
            return null;
        }

        HashSet<string>? keyWords = null;
        foreach (var (text, words, question) in known)
        {
            if (text == key
                || (key.Length >= 25 && text.StartsWith(key, StringComparison.Ordinal))
                || (text.Length >= 25 && key.StartsWith(text, StringComparison.Ordinal))
                || Overlap(words, keyWords ??= Words(key)) >= 0.85)
            {
                return question;
            }
        }

        return null;
    }

    // Word sets are built once per question line and once per response line, not once per comparison.
    private static HashSet<string> Words(string key) => [.. key.Split(' ')];

    private static double Overlap(HashSet<string> wa, HashSet<string> wb)
    {
        if (wa.Count < 6 || wb.Count < 6)
        {
            return 0;
        }

        var shared = 0;
        foreach (var word in wa)
        {
            shared += wb.Contains(word) ? 1 : 0;
        }

        return (double)shared / Math.Max(wa.Count, wb.Count);
    }

    private sealed record EchoKey(string Text, HashSet<string> Words, RequestedQuestion Question);

    private static string StripNumber(string line) => NumberedLine.TryParse(line) is { } n && n.Rest.Length > 0 ? n.Rest : line;

    private static string Key(string line)
    {
        var text = StripNumber(line).ToLowerInvariant();
        return Spaces().Replace(NonWord().Replace(text, " "), " ").Trim();
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
