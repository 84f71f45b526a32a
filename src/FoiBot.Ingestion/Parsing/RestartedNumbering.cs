namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// The layout where the questions are numbered 1, 2, 3 and the answers numbered 1, 2, 3 again below them, with no
/// heading between (or one the parser does not know): the run that restarts at 1 answers the first run by number.
/// </summary>
internal static class RestartedNumbering
{
    /// <summary>The pairs read by number from the restart on, or null when no numbered run restarts at 1.</summary>
    public static List<DraftPair>? TryAssemble(IReadOnlyList<string> lines)
    {
        var restart = Restart(lines);
        if (restart < 0)
        {
            return null;
        }

        var questions = RequestReader.Read(lines.Take(restart).ToList());
        return NumberedResponseLayout.TryAssemble(questions, lines.Skip(restart).ToList());
    }

    /// <summary>True when pairs read in order go back to question 1 ("1", "1a") after question 2 or later.</summary>
    public static bool Restarts(IReadOnlyList<DraftPair> drafts)
    {
        var highest = 0;
        foreach (var draft in drafts)
        {
            var number = Leading(draft.Number);
            if (number == 1 && highest >= 2)
            {
                return true;
            }

            highest = Math.Max(highest, number);
        }

        return false;
    }

    private static int Leading(string? label)
    {
        var number = 0;
        for (var i = 0; label is not null && i < label.Length && char.IsAsciiDigit(label[i]); i++)
        {
            number = (number * 10) + label[i] - '0';
        }

        return number;
    }

    /// <summary>Where a numbered item 1 follows a run that reached 2 or more; -1 if none does.</summary>
    private static int Restart(IReadOnlyList<string> lines)
    {
        var highest = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0 || (!char.IsAsciiLetterOrDigit(lines[i][0]) && lines[i][0] != '('))
            {
                continue;
            }

            if (NumberedLine.TryParse(lines[i]) is not { IsSubItem: false } numbered)
            {
                continue;
            }

            if (numbered.First == 1 && highest >= 2)
            {
                return i;
            }

            highest = Math.Max(highest, numbered.Numbers[^1]);
        }

        return -1;
    }
}
