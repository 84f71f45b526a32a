namespace FoiBot.Ingestion.Parsing;

/// <summary>Splits the request part of a letter into its questions: numbered items, or else its paragraphs.</summary>
internal static partial class RequestReader
{
    public static List<RequestedQuestion> Read(IReadOnlyList<string> lines)
    {
        var questions = new List<RequestedQuestion>();
        RequestedQuestion? current = null;
        string? preamble = null;
        foreach (var line in lines)
        {
            if (line.Length == 0 || LineRules.IsRequestClosing(line))
            {
                continue;
            }

            var numbered = NumberedLine.TryParse(line);
            if (numbered is { IsSubItem: false } && numbered.Numbers.Count == 1 && Follows(current?.Number, numbered.First))
            {
                current = questions.Count == 0 && numbered.Letter is not null && preamble is not null && QuestionLineLayout.IsQuestion(preamble)
                    ? ImplicitParent(preamble, numbered)
                    : new RequestedQuestion(numbered.First, numbered.Rest);
                questions.Add(current);
            }
            else if (current is not null)
            {
                current.Lines.Add(line);
            }
            else
            {
                preamble = line;
            }
        }

        return questions.Count == 0 ? Paragraphs(lines)
            : questions.Count > 1 && questions.All(q => q.Number == 1) ? Renumbered(questions)
            : questions;
    }

    /// <summary>
    /// "What are the longest waits?" / "1a) If possible, by age." / "1b) ...": the question standing unnumbered above
    /// the first lettered part is question 1, and the parts are its own.
    /// </summary>
    private static RequestedQuestion ImplicitParent(string question, NumberedLine part)
    {
        var parent = new RequestedQuestion(part.First, question);
        parent.Lines.Add($"{part.LetterLabel} {part.Rest}");
        return parent;
    }

    /// <summary>An HTML ordered list flattened to text numbers every item "1."; the items are 1, 2, 3 in order.</summary>
    private static List<RequestedQuestion> Renumbered(List<RequestedQuestion> questions) =>
        questions.Select((q, i) =>
        {
            var renumbered = new RequestedQuestion(i + 1, q.Lines[0]);
            renumbered.Lines.AddRange(q.Lines.Skip(1));
            return renumbered;
        }).ToList();

    /// <summary>
    /// Unnumbered questions one to a line (bullets, once flattened) numbered in order, for a response that answers
    /// "Q1 - ...", "Q2 - ...". Only when every line reads as a question or request; otherwise none.
    /// </summary>
    public static List<RequestedQuestion> ByLine(IReadOnlyList<string> lines)
    {
        // The questions are the run of question lines at the end of the request; what comes before introduces them.
        var candidates = lines.Where(l => l.Length > 0 && !LineRules.IsRequestClosing(l)).Reverse().TakeWhile(IsQuestionLine).Reverse().ToList();
        if (candidates.Count < 2 || candidates.Any(l => NumberedLine.TryParse(l) is not null))
        {
            return [];
        }

        return candidates.Select((line, i) => new RequestedQuestion(i + 1, line)).ToList();
    }

    // A line ending with a colon introduces a list of questions; it is not one.
    private static bool IsQuestionLine(string line) => !line.EndsWith(':') && AsksOrRequests(line);

    /// <summary>A question or a request item: it ends with a question mark or opens as one does ("Please provide", "How many", "The number of", "A copy of").</summary>
    public static bool AsksOrRequests(string line) => line.EndsWith('?') || QuestionOpening().IsMatch(line);

    /// <summary>True when <paramref name="next"/> can follow <paramref name="previous"/> in a question list; "(2)" inside a quoted preamble cannot start one.</summary>
    public static bool Follows(int? previous, int next) =>
        previous is null ? next == 1 : next == 1 || (next > previous && next <= previous + 3);

    private static List<RequestedQuestion> Paragraphs(IReadOnlyList<string> lines)
    {
        var paragraphs = new List<RequestedQuestion>();
        RequestedQuestion? current = null;
        foreach (var line in lines)
        {
            if (LineRules.IsRequestClosing(line))
            {
                continue;
            }

            if (line.Length == 0)
            {
                current = null;
            }
            else if (current is null)
            {
                current = new RequestedQuestion(null, line);
                paragraphs.Add(current);
            }
            else
            {
                current.Lines.Add(line);
            }
        }

        return paragraphs;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:please|provide|list|state|give|confirm|how|what|which|when|where|who|why|does|do|did|is|are|has|have|can|could|would|will|the number|the total|a list|a copy|copies|details|i'd like|i would like)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex QuestionOpening();
}
