using System.Globalization;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// The layout where numbered questions are answered by number in a separate response section (Moray's "Response"
/// block): "1. Two.", "2. - 7. N/A", "2 &amp; 3 The cameras ...", "1(a) ...". Answers covering a range become one pair.
/// </summary>
internal static partial class NumberedResponseLayout
{
    public static List<DraftPair>? TryAssemble(IReadOnlyList<RequestedQuestion> questions, IReadOnlyList<string> response)
    {
        var asked = new Dictionary<int, RequestedQuestion>();
        foreach (var q in questions.Where(q => q.Number is not null))
        {
            asked.TryAdd(q.Number!.Value, q);
        }

        if (asked.Count == 0)
        {
            return null;
        }

        var items = new List<(IReadOnlyList<int> Numbers, List<string> Lines)>();
        var preface = new List<string>();
        int last = 0;
        var flattened = AllNumberedOne(response);
        foreach (var line in response)
        {
            var numbered = line.Length == 0 ? null : NumberedLine.TryParse(line, asked.ContainsKey(last + 1) ? last + 1 : null);
            if (flattened && numbered is { IsSubItem: false })
            {
                numbered = numbered with { Numbers = [last + 1] };
            }

            // "For question 5 we respond as below.": an answer that names the questions it answers opens them.
            if (numbered is null && line.Length > 0 && "FIRWfirw".Contains(line[0], StringComparison.Ordinal) && line.AsSpan().IndexOfAnyInRange('0', '9') >= 0
                && NumberedLine.CoveredQuestions(line) is { Count: > 0 } named && named[0] > last && named.All(asked.ContainsKey))
            {
                items.Add((named, [line]));
                last = named[^1];
            }
            else if (numbered is { IsSubItem: false } && asked.ContainsKey(numbered.First) && numbered.First >= last)
            {
                items.Add((numbered.Numbers.Where(asked.ContainsKey).ToList(), [numbered.Letter is null || numbered.Rest.Length == 0 ? numbered.Rest : $"{numbered.LetterLabel} {numbered.Rest}"]));
                last = numbered.Numbers[^1];
            }
            else if (items.Count > 0)
            {
                items[^1].Lines.Add(line);
            }
            else
            {
                preface.Add(line);
            }
        }

        if (items.Count == 0)
        {
            return null;
        }

        var pairs = new List<DraftPair>();
        var covered = new HashSet<int>();
        foreach (var (numbers, lines) in items)
        {
            var fresh = numbers.Where(covered.Add).ToList();
            var existing = pairs.FirstOrDefault(p => numbers.Count == 1 && p.Number == Label(numbers));
            if (existing is not null)
            {
                existing.Answer.AddRange(lines);
                continue;
            }

            var pair = new DraftPair(Label(numbers), string.Join("\n", numbers.Select(n => asked[n].Text)));
            pair.Answer.AddRange(lines);
            pairs.Add(pair);
        }

        foreach (var (number, question) in asked)
        {
            if (!covered.Contains(number))
            {
                pairs.Add(new DraftPair(number.ToString(CultureInfo.InvariantCulture), question.Text));
            }
        }

        pairs.Sort((a, b) => FirstNumber(a).CompareTo(FirstNumber(b)));
        ApplyPreface(pairs, preface);
        return pairs;
    }

    /// <summary>
    /// A table header above numbered rows labels every row. A one-line preface belongs to the first answer; a longer
    /// one before several answers speaks to the whole letter (the law applied, a public interest test) and is no
    /// single question's answer.
    /// </summary>
    private static void ApplyPreface(List<DraftPair> pairs, List<string> preface)
    {
        var text = preface.Where(l => l.Length > 0).ToList();
        if (text.Count == 0)
        {
            return;
        }

        // A header row (a pipe table's, or a row of years "2018/19 2019/20 2020/21") labels the columns of every answer's row.
        if (text.Count == 1 && (text[0].Contains('|', StringComparison.Ordinal) || PeriodHeader().IsMatch(text[0])))
        {
            foreach (var pair in pairs.Where(p => p.HasAnswer))
            {
                pair.Answer.Insert(0, text[0]);
            }

            return;
        }

        // A one-line heading labels the first answer; a sentence before several answers does not.
        if ((text.Count == 1 && !text[0].EndsWith('.')) || pairs.Count == 1)
        {
            pairs.First(p => p.HasAnswer).Answer.InsertRange(0, text);
        }
    }

    /// <summary>An ordered list flattened to text numbers every answer "1.", as it does the questions; the answers are 1, 2, 3 in order.</summary>
    private static bool AllNumberedOne(IReadOnlyList<string> response)
    {
        var numbered = response.Where(l => l.Length > 0).Select(l => NumberedLine.TryParse(l)).Where(n => n is { IsSubItem: false }).ToList();
        return numbered.Count > 1 && numbered.TrueForAll(n => n!.Numbers.Count == 1 && n.First == 1 && n.Letter is null);
    }

    private static string Label(IReadOnlyList<int> numbers) =>
        numbers.Count == 1
            ? numbers[0].ToString(CultureInfo.InvariantCulture)
            : FormattableString.Invariant($"{numbers[0]}-{numbers[^1]}");

    private static int FirstNumber(DraftPair pair) =>
        int.Parse(pair.Number!.Split('-')[0], CultureInfo.InvariantCulture);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:19|20)\d{2}(?:[/-]\d{2}(?:\d{2})?)?\s+)+(?:19|20)\d{2}(?:[/-]\d{2}(?:\d{2})?)?$")]
    private static partial System.Text.RegularExpressions.Regex PeriodHeader();
}
