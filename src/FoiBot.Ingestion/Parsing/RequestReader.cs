namespace FoiBot.Ingestion.Parsing;

/// <summary>Splits the request part of a letter into its questions: numbered items, or else its paragraphs.</summary>
internal static class RequestReader
{
    public static List<RequestedQuestion> Read(IReadOnlyList<string> lines)
    {
        var questions = new List<RequestedQuestion>();
        RequestedQuestion? current = null;
        foreach (var line in lines)
        {
            if (line.Length == 0 || LineRules.IsRequestClosing(line))
            {
                continue;
            }

            var numbered = NumberedLine.TryParse(line);
            if (numbered is { IsSubItem: false } && numbered.Numbers.Count == 1 && Follows(current?.Number, numbered.First))
            {
                current = new RequestedQuestion(numbered.First, numbered.Rest);
                questions.Add(current);
            }
            else if (current is not null)
            {
                current.Lines.Add(line);
            }
        }

        return questions.Count == 0 ? Paragraphs(lines)
            : questions.Count > 1 && questions.All(q => q.Number == 1) ? Renumbered(questions)
            : questions;
    }

    /// <summary>An HTML ordered list flattened to text numbers every item "1."; the items are 1, 2, 3 in order.</summary>
    private static List<RequestedQuestion> Renumbered(List<RequestedQuestion> questions) =>
        questions.Select((q, i) =>
        {
            var renumbered = new RequestedQuestion(i + 1, q.Lines[0]);
            renumbered.Lines.AddRange(q.Lines.Skip(1));
            return renumbered;
        }).ToList();

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
}
