using System.Globalization;
using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// The layout with no separate response section: each question is followed by its answer, on the same line after
/// the question mark or colon ("... owned by your council: 2526") or on the lines below. Lettered sub-questions
/// become pairs of their own ("3a"), and "For questions 1 to 3, ..." answers several at once.
/// </summary>
internal static partial class InlineLayout
{
    public static List<DraftPair> Assemble(IReadOnlyList<string> lines)
    {
        var pairs = new List<DraftPair>();
        var stems = new Dictionary<DraftPair, string>();
        DraftPair? current = null;
        DraftPair? parent = null;
        string? parentNumber = null;
        int? lastNumber = null;
        var lettersAnswer = false;
        DraftPair? awaitingQuestion = null;
        DraftPair? listing = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            // "Answer 1" on a line of its own opens the answer; the question is already in place.
            if (AnswerLabel().IsMatch(line))
            {
                awaitingQuestion = null;
                continue;
            }

            // "Request 1" on a line of its own: the question is the next line.
            if (awaitingQuestion is not null && NumberedLine.TryParse(line) is null)
            {
                awaitingQuestion.Question = line;
                awaitingQuestion = null;
                continue;
            }

            awaitingQuestion = null;


            if (current is not null && (RequestLines.IsAside(line) || (!current.HasAnswer && (RequestLines.ContinuesSentence(current.Question, line) || (listing == current && RequestLines.IsListItem(line))))))
            {
                current.Question += "\n" + line;
                continue;
            }

            // "1. How many police vehicles operating in public" / "were involved in collisions?", "... at the end of 31st" /
            // "May 2015?": one question, wrapped.
            if (current is not null && !current.HasAnswer && current.Question.Length > 0 && (char.IsLower(line[0]) || QuestionLineLayout.EndsQuestion(line))
                && !".?!:".Contains(current.Question[^1], StringComparison.Ordinal) && NumberedLine.TryParse(line) is null)
            {
                current.Question += " " + line;
                continue;
            }

            // 1. “I would like to know ... / Also, what is ...?”: a question quoted from the request goes on to its closing mark;
            // under a question not yet answered, a line that asks again ("Please also list ...") is more of it.
            if (current is not null && !current.HasAnswer && NumberedLine.TryParse(line) is null
                && ((InsideQuote(current.Question) && QuoteCloses(lines, i)) || QuestionLineLayout.IsQuestion(line)))
            {
                current.Question += "\n" + line;
                continue;
            }

            var covered = NumberedLine.CoveredQuestions(line);
            if (covered.Count > 0 && Merge(pairs, covered, line) is { } merged)
            {
                current = merged;
                continue;
            }

            var numbered = NumberedLine.TryParse(line);
            if (numbered is { IsSubItem: false, Numbers.Count: 1 } && !IsFigure(numbered, current) && (RequestReader.Follows(lastNumber, numbered.First) || (numbered.Letter is not null && numbered.First == lastNumber)))
            {
                lastNumber = numbered.First;
                lettersAnswer = InlineParts().IsMatch(numbered.Rest);
                if (lettersAnswer && numbered.Letter is not null)
                {
                    numbered = numbered with { Letter = null, Rest = $"{numbered.LetterLabel} {numbered.Rest}" };
                }

                var label = numbered.First.ToString(CultureInfo.InvariantCulture) + numbered.Letter;
                current = Open(pairs, label, numbered.Rest, split: !lettersAnswer);
                awaitingQuestion = numbered.Rest.Length == 0 && RequestLabel().IsMatch(line) ? current : null;
                parentNumber = numbered.First.ToString(CultureInfo.InvariantCulture);
                parent = numbered.Letter is null ? current : null;
                listing = ListingFrom(current);
            }
            else if (numbered is { IsSubItem: true } && lettersAnswer && current is not null)
            {
                current.Answer.Add(line);
            }
            else if (numbered is { IsSubItem: true } && parentNumber is not null)
            {
                current = Open(pairs, parentNumber + numbered.Letter, numbered.Rest);
                if (parent is not null && !parent.HasAnswer)
                {
                    stems[current] = parent.Question;
                }

                listing = ListingFrom(current);
            }
            else if (IsSectionHeading(line, lines, i))
            {
                continue;
            }
            else
            {
                current?.Answer.Add(line);
            }
        }

        foreach (var (sub, stem) in stems)
        {
            pairs.RemoveAll(p => p.Question == stem && !p.HasAnswer && p != sub);
            if (stem.Length > 0)
            {
                // A stem that ends a sentence (a definition under the heading) stands on its own line.
                sub.Question = stem.EndsWith('.') ? stem + "\n" + sub.Question : stem.TrimEnd(':', ' ', '-', '–') + ": " + sub.Question;
            }
        }

        return ShareLoneAnswer(pairs);
    }

    /// <summary>An opening quote mark the question has not closed.</summary>
    private static bool InsideQuote(string question) => question.AsSpan().Count('“') > question.AsSpan().Count('”');

    /// <summary>A closing quote mark within the next few lines: a quote left open by mistake swallows no answers.</summary>
    private static bool QuoteCloses(IReadOnlyList<string> lines, int from)
    {
        for (var j = from; j < lines.Count && j < from + 15; j++)
        {
            if (lines[j].Contains('”', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "4 – all officers. all dismissed" under an answered question: a count the answer gives, numbered as the
    /// questions are, but opening in lower case with no word a question or request opens with.
    /// </summary>
    private static bool IsFigure(NumberedLine numbered, DraftPair? current) =>
        current is { HasAnswer: true } && numbered.Letter is null && numbered.Rest.Length > 0 && char.IsLower(numbered.Rest[0])
        && !RequestReader.AsksOrRequests(numbered.Rest) && !QuestionWord().IsMatch(numbered.Rest);

    /// <summary>The pair whose question announces a list of options, while no answer has come.</summary>
    private static DraftPair? ListingFrom(DraftPair pair) => !pair.HasAnswer && RequestLines.AnnouncesList(pair.Question) ? pair : null;

    private static DraftPair Open(List<DraftPair> pairs, string number, string text, bool split = true)
    {
        var (question, answer) = split ? InlineAnswerSplitter.Split(text) : (text, "");
        var pair = new DraftPair(number, question);
        if (answer.Length > 0)
        {
            pair.Answer.Add(answer);
        }

        pairs.Add(pair);
        return pair;
    }

    /// <summary>One answer block after several unanswered questions, and no other answer in the letter, answers them all.</summary>
    public static List<DraftPair> ShareLoneAnswer(List<DraftPair> pairs)
    {
        var answered = pairs.Where(p => p.HasAnswer).ToList();
        if (pairs.Count < 2 || answered.Count != 1 || answered[0] != pairs[^1])
        {
            return pairs;
        }

        return [Combine(pairs, pairs[^1].Answer)];
    }

    private static DraftPair? Merge(List<DraftPair> pairs, IReadOnlyList<int> numbers, string line)
    {
        var labels = numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        var targets = pairs.Where(p => p.Number is not null && labels.Contains(p.Number)).ToList();
        if (targets.Count == 0)
        {
            return null;
        }

        // Questions listed first, then answers in order: what came before "In relation to question 2" answered 1.
        var at = pairs.IndexOf(targets[0]);
        if (targets.Count == 1 && at > 0 && targets[0].HasAnswer && !pairs[at - 1].HasAnswer)
        {
            pairs[at - 1].Answer.AddRange(targets[0].Answer);
            targets[0].Answer.Clear();
        }

        var merged = Combine(targets, [.. targets.SelectMany(t => t.Answer), line]);
        pairs.RemoveAll(targets.Contains);
        pairs.Insert(at, merged);
        return merged;
    }

    private static DraftPair Combine(List<DraftPair> pairs, List<string> answer)
    {
        var label = pairs.Count == 1 || pairs[0].Number is null ? pairs[0].Number : $"{pairs[0].Number}-{pairs[^1].Number}";
        var merged = new DraftPair(label, string.Join("\n", pairs.Select(p => p.Question)));
        merged.Answer.AddRange(answer);
        return merged;
    }

    private static bool IsSectionHeading(string line, IReadOnlyList<string> lines, int index)
    {
        if (!line.EndsWith(':') || line.Split(' ').Length > 5)
        {
            return false;
        }

        var next = lines.Skip(index + 1).FirstOrDefault(l => l.Length > 0);
        return next is not null && NumberedLine.TryParse(next) is { IsSubItem: false };
    }

    [GeneratedRegex(@"^(?:whether|if|whom|whose|why|was|were|had|should|number|total|list|copies|copy|any|all of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"^(?:Answer|Response|Reply|A)\s*\.?\s*\d{1,2}\s*[.:)\-–]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLabel();

    [GeneratedRegex(@"^(?:Request|Question|Q)\s*\d{1,2}\s*[.:)\-–]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RequestLabel();

    // "..., b) the agency cap": a question naming its own lettered parts.
    [GeneratedRegex(@"(?:^|[\s,;])\(?[b-h]\)\s")]
    private static partial Regex InlineParts();

}
