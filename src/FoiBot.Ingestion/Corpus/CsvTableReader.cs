using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace FoiBot.Ingestion.Corpus;

/// <summary>Reads a sources.csv (RFC 4180: commas, double-quoted cells, "" for a quote inside one); the first record is the header.</summary>
internal static class CsvTableReader
{
    public static bool TryRead(string text, [NotNullWhen(true)] out ManifestTable? table, [NotNullWhen(false)] out string? problem)
    {
        table = null;
        var records = ReadRecords(text.ReplaceLineEndings("\n"), out problem);
        if (problem is not null)
        {
            return false;
        }

        if (records.Count == 0)
        {
            problem = "no header row";
            return false;
        }

        if (!ManifestColumns.TryFind(records[0].Cells, out var columns, out problem))
        {
            return false;
        }

        table = new ManifestTable(columns, records[0].Cells.Count, records[1..]);
        return true;
    }

    private static List<ManifestRow> ReadRecords(string text, out string? problem)
    {
        var records = new List<ManifestRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, recordLine, quoted) = (1, 1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"' && quoted)
            {
                quoted = false;
            }
            else if (c == '"' && string.IsNullOrWhiteSpace(cell.ToString()))
            {
                // A quote opens a quoted cell only at its start, allowing for the space after a comma.
                cell.Clear();
                quoted = true;
            }
            else if (!quoted && (c == ',' || c == '\n'))
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
                if (c == '\n')
                {
                    EndRecord(records, cells, recordLine);
                    recordLine = line + 1;
                }
            }
            else
            {
                cell.Append(c);
            }

            line += c == '\n' ? 1 : 0;
        }

        if (quoted)
        {
            problem = $"line {recordLine}: quoted cell never closed";
            return records;
        }

        cells.Add(cell.ToString().Trim());
        EndRecord(records, cells, recordLine);
        problem = null;
        return records;
    }

    private static void EndRecord(List<ManifestRow> records, List<string> cells, int line)
    {
        // Blank lines (a trailing newline, a gap between rows) are not records.
        if (cells.Count > 1 || cells[0].Length > 0)
        {
            records.Add(new ManifestRow(line, [.. cells]));
        }

        cells.Clear();
    }
}
