using System.Globalization;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// The layout that sets questions and answers out as a table, kept by the converter as pipe-separated rows:
/// "| How many permits were issued in 2023? | 14,220 |", with a number cell first or not. A row whose question
/// cell asks is a pair; the header row ("| Question | Response |") and rows of data that ask nothing are not.
/// </summary>
internal static class TableRowLayout
{
    /// <summary>The rows read as pairs, or null when no row of a table asks a question.</summary>
    public static List<DraftPair>? TryAssemble(IReadOnlyList<string> lines)
    {
        List<DraftPair>? pairs = null;
        foreach (var line in lines)
        {
            if (line.Length < 5 || line[0] != '|')
            {
                continue;
            }

            var cells = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var number = cells.Length > 2 && int.TryParse(cells[0].TrimEnd('.', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
            var first = number is null ? 0 : 1;
            if (cells.Length - first < 2 || !Asks(cells[first]))
            {
                continue;
            }

            var pair = new DraftPair(number?.ToString(CultureInfo.InvariantCulture), cells[first]);
            pair.Answer.Add(string.Join(" | ", cells.Skip(first + 1)));
            (pairs ??= []).Add(pair);
        }

        return pairs;
    }

    private static bool Asks(string cell) => QuestionLineLayout.IsQuestion(cell) || RequestReader.AsksOrRequests(cell);
}
