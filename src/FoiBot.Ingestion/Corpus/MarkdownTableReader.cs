using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace FoiBot.Ingestion.Corpus;

/// <summary>Reads the pipe tables of a Markdown manifest whose header names the manifest columns; other tables and prose are ignored.</summary>
internal static class MarkdownTableReader
{
    /// <summary>
    /// Every table whose header has the manifest columns; a manifest may split its table under several headings. When
    /// none has, the problem is the first table's, preferring one with a file column: the one most likely meant.
    /// </summary>
    public static bool TryRead(string text, [NotNullWhen(true)] out IReadOnlyList<ManifestTable>? tables, [NotNullWhen(false)] out string? problem)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var found = new List<ManifestTable>();
        (string? First, string? WithFile) problems = (null, null);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsTableLine(lines[i]) || i + 1 >= lines.Length || !IsDelimiterRow(lines[i + 1]))
            {
                continue;
            }

            var header = SplitRow(lines[i]);
            if (!ManifestColumns.TryFind(header, out var columns, out var headerProblem))
            {
                problems.First ??= headerProblem;
                problems.WithFile ??= header.Any(ManifestHeaders.IsFile) ? headerProblem : null;
                continue;
            }

            var rows = new List<ManifestRow>();
            for (i += 2; i < lines.Length && IsTableLine(lines[i]); i++)
            {
                rows.Add(new ManifestRow(i + 1, SplitRow(lines[i])));
            }

            found.Add(new ManifestTable(columns, header.Count, rows));
        }

        if (found.Count == 0)
        {
            (tables, problem) = (null, problems.WithFile ?? problems.First ?? "no Markdown table (a header row, then a |---| row)");
            return false;
        }

        (tables, problem) = (found, null);
        return true;
    }

    private static bool IsTableLine(string line) => line.TrimStart().StartsWith('|');

    private static bool IsDelimiterRow(string line) =>
        IsTableLine(line) && SplitRow(line) is { Count: > 0 } cells && cells.All(c => c.Trim(':').Length > 0 && c.Trim(':').All(ch => ch == '-'));

    /// <summary>The trimmed cells between the pipes, with "\|" read as a literal pipe.</summary>
    private static List<string> SplitRow(string line)
    {
        var body = line.Trim();
        body = body[1..];
        if (body.EndsWith('|') && !body.EndsWith("\\|", StringComparison.Ordinal))
        {
            body = body[..^1];
        }

        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length && body[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (body[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(body[i]);
            }
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }
}
