using System.Text;

namespace FoiBot.Import.Folder;

/// <summary>One record of a sources.csv (RFC 4180), written and read back as the corpus reader reads it.</summary>
internal static class CsvLine
{
    public static string Write(IEnumerable<string?> cells) => string.Join(',', cells.Select(Quote));

    /// <summary>The first cell of a record (the file), or null for a blank line.</summary>
    public static string? FirstCell(string line)
    {
        if (line.Length == 0)
        {
            return null;
        }

        if (line[0] != '"')
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            return comma < 0 ? line : line[..comma];
        }

        var cell = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                    continue;
                }

                break;
            }

            cell.Append(line[i]);
        }

        return cell.ToString();
    }

    private static string Quote(string? cell)
    {
        cell ??= "";
        return cell.IndexOfAny([',', '"', '\n', '\r']) < 0 ? cell : $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
