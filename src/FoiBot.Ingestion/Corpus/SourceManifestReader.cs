using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Corpus;

/// <summary>Parses a corpus folder's provenance table (SOURCES.md, or sources.csv with the same columns).</summary>
public static partial class SourceManifestReader
{
    /// <summary>
    /// Reads the rows of each table whose header has a file column and at least one of authority, ref, date and source
    /// address, under any of the names <see cref="ManifestHeaders"/> knows (any order, any case; other columns ignored).
    /// Never throws for a malformed manifest: each unusable line comes back as a problem naming the manifest, and a
    /// manifest with no such table as <see cref="SourceManifestParse.NotRead"/>.
    /// </summary>
    /// <param name="manifestPath">The manifest's full path; a .csv is read as CSV, anything else as Markdown.</param>
    /// <param name="root">The corpus root the manifest was found under; entries are relative to it.</param>
    public static SourceManifestParse Parse(string manifestPath, string text, string root)
    {
        ArgumentNullException.ThrowIfNull(manifestPath);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(root);

        if (!TryReadTables(manifestPath, text, out var tables, out var tableProblem))
        {
            return new SourceManifestParse([], [], new SkippedFile(manifestPath, $"provenance table not read: {tableProblem}"));
        }

        var folder = Path.GetRelativePath(root, Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? root);
        var entries = new List<SourceManifestEntry>();
        var problems = new List<SkippedFile>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var row in table.Rows)
            {
                var problem = ReadRow(manifestPath, folder, table, row, firstLine, out var entry);
                if (entry is not null)
                {
                    entries.Add(entry);
                }
                else
                {
                    problems.Add(new SkippedFile(manifestPath, $"line {row.Line}: {problem}"));
                }
            }
        }

        return new SourceManifestParse(entries, problems);
    }

    private static bool TryReadTables(
        string manifestPath, string text, [NotNullWhen(true)] out IReadOnlyList<ManifestTable>? tables, [NotNullWhen(false)] out string? problem)
    {
        if (!string.Equals(Path.GetExtension(manifestPath), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            return MarkdownTableReader.TryRead(text, out tables, out problem);
        }

        if (!CsvTableReader.TryRead(text, out var table, out problem))
        {
            tables = null;
            return false;
        }

        tables = [table];
        return true;
    }

    /// <summary>The row's entry, or null and the reason the row cannot be used.</summary>
    private static string? ReadRow(
        string manifestPath, string folder, ManifestTable table, ManifestRow row, Dictionary<string, int> firstLine, out SourceManifestEntry? entry)
    {
        entry = null;
        if (row.Cells.Count != table.Width)
        {
            return $"expected {table.Width} cells, found {row.Cells.Count}";
        }

        var columns = table.Columns;
        var file = row.Cells[columns.File].Trim('`', ' ');
        if (file.Length == 0)
        {
            return "no file named";
        }

        if (CorpusRelativePath(folder, file) is not { } relativePath)
        {
            return $"file '{file}' is not a relative path inside the corpus folder";
        }

        if (!firstLine.TryAdd(relativePath, row.Line))
        {
            return $"file '{file}' is already listed on line {firstLine[relativePath]}";
        }

        entry = new SourceManifestEntry
        {
            ManifestPath = manifestPath,
            RelativePath = relativePath,
            Authority = Cell(row, columns.Authority),
            Reference = Cell(row, columns.Reference),
            Date = ManifestDates.Parse(Cell(row, columns.Date)),
            SourceAddress = Address(Cell(row, columns.SourceAddress)),
        };
        return null;
    }

    /// <summary>The manifest's folder joined with the file cell, '/'-separated; null when the result would leave the root.</summary>
    private static string? CorpusRelativePath(string folder, string file)
    {
        if (Path.IsPathRooted(file) || file.StartsWith('/') || file.StartsWith('\\'))
        {
            return null;
        }

        var segments = new List<string>();
        foreach (var segment in $"{folder}/{file}".Replace('\\', '/').Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("" or "."))
            {
                segments.Add(segment);
            }
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    /// <summary>The target of a Markdown link ("[page](https://...)", "&lt;https://...&gt;"), else the cell as written.</summary>
    private static string? Address(string? cell) =>
        cell is null ? null : MarkdownLink().Match(cell) is { Success: true } link ? link.Groups["target"].Value : cell;

    /// <summary>The cell in <paramref name="column"/>; null when it is empty or the table has no such column.</summary>
    private static string? Cell(ManifestRow row, int column) => column < 0 || row.Cells[column].Length == 0 ? null : row.Cells[column];

    [GeneratedRegex(@"^(?:\[[^\]]*\]\((?<target>[^()\s]+)\)|<(?<target>[^<>\s]+)>)$")]
    private static partial Regex MarkdownLink();
}
