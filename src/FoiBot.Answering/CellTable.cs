using System.Text.RegularExpressions;

namespace FoiBot.Answering;

/// <summary>
/// A table copied from a web page or PDF one cell to a line: a run of column headings that are periods ("2018 |",
/// "2019 |", or "Y2018 Y2019", then "Total"), then each row as its label followed by one value per column. Read as
/// prose, a row's label and values are separate lines, so "how many complaint investigations in 2022?" was answered
/// by the row's first value, another year's. Reading the cells back into rows and columns gives the value the question
/// asks for, quoted with its row and column: "Complaint investigations, 2022: 820".
/// </summary>
internal static partial class CellTable
{
    private const int MinColumns = 2;

    /// <summary>The row most on the question's topic, at the column of the period asked; null when the answer holds no such table or the period asked is not a column.</summary>
    public static string? Quote(string answer, QuoteAsk ask, IReadOnlyList<TopicConcept> concepts, EvidenceScorer scorer)
    {
        if (ask.Periods.IsEmpty)
        {
            return null;
        }

        var cells = Cells(answer);
        for (var start = 0; start < cells.Count; start++)
        {
            var end = start;
            while (end < cells.Count && IsColumnHeading(cells[end]))
            {
                end++;
            }

            var columns = cells.Skip(start).Take(end - start).ToList();
            if (columns.Count(c => !Total().IsMatch(c)) >= MinColumns && Rows(cells, end, columns.Count) is { Count: > 0 } rows
                && columns.FindIndex(c => !Total().IsMatch(c) && ask.Periods.Match(AskedPeriods.Of(Period(c))) >= 1) is var column and >= 0)
            {
                var row = rows.MaxBy(r => scorer.Coverage(concepts, r.Label));
                return rows.Count > 1 && scorer.Coverage(concepts, row.Label) <= 0 ? null : $"{row.Label}, {Period(columns[column])}: {row.Values[column]}";
            }

            start = Math.Max(start, end);
        }

        return null;
    }

    /// <summary>Rows from <paramref name="at"/> on: a label, then exactly one value per column, until the pattern breaks.</summary>
    private static List<(string Label, List<string> Values)> Rows(IReadOnlyList<string> cells, int at, int columns)
    {
        var rows = new List<(string, List<string>)>();
        while (at + columns < cells.Count && !Value().IsMatch(cells[at]) && !IsColumnHeading(cells[at]))
        {
            var values = cells.Skip(at + 1).Take(columns).ToList();
            if (values.Count < columns || !values.All(v => Value().IsMatch(v)))
            {
                break;
            }

            rows.Add((cells[at], values));
            at += columns + 1;
        }

        return rows;
    }

    /// <summary>The answer's lines cut at '|' and, where a line holds only figures or periods ("11977 12165", "Y2018 Y2019"), at its spaces.</summary>
    private static List<string> Cells(string answer)
    {
        var cells = new List<string>();
        foreach (var line in answer.Split('\n'))
        {
            foreach (var piece in line.Split('|').Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 1 && words.All(w => Value().IsMatch(w) || IsColumnHeading(w)))
                {
                    cells.AddRange(words);
                }
                else
                {
                    cells.Add(piece);
                }
            }
        }

        return cells;
    }

    private static bool IsColumnHeading(string cell) => PeriodHeading().IsMatch(cell) || Total().IsMatch(cell);

    /// <summary>"Y2018" and "FY2018/19" name the period without their prefix.</summary>
    private static string Period(string cell) => PeriodPrefix().Replace(cell, "");

    [GeneratedRegex(@"^(?:F?Y\s*)?(?:19|20)\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?:?$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodHeading();

    [GeneratedRegex(@"^F?Y\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodPrefix();

    [GeneratedRegex(@"^(?:grand\s+)?total:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Total();

    // A figure ("526", "£1,234.50", "12%"), or a dash or n/a for a cell with none.
    [GeneratedRegex(@"^(?:£?\d[\d,]*(?:\.\d+)?%?|[-–*]|n/?a)$", RegexOptions.IgnoreCase)]
    private static partial Regex Value();
}
