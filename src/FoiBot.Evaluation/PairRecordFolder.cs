using System.Globalization;
using System.Text.Json;

namespace FoiBot.Evaluation;

/// <summary>
/// Reads a folder of pair records: one JSON object per letter, in files ending ".json", of
/// <c>{"file", "authority"?, "ref"?, "date"?, "pairs": [{"q"?, "a"?}]}</c>. Any fault stops the run naming the record
/// file and field, as a silently dropped record would flatter the figures.
/// </summary>
public static class PairRecordFolder
{
    public static IReadOnlyList<PairRecord> Read(string folder, string? displayName = null)
    {
        var name = displayName ?? folder;
        var records = new List<PairRecord>();
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var where = Path.Combine(name, Path.GetFileName(path));
            var record = ReadRecord(File.ReadAllText(path), where);
            if (!files.TryAdd(record.File, where))
            {
                throw new EvalFileException($"{where}: \"file\" \"{record.File}\" is also recorded in {files[record.File]}.");
            }

            records.Add(record);
        }

        return records.Count > 0 ? records : throw new EvalFileException($"{name}: no pair records (*.json).");
    }

    private static PairRecord ReadRecord(string json, string where)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new EvalFileException($"{where}: not a JSON object ({ex.Message}).");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new EvalFileException($"{where}: not a JSON object.");
            }

            var file = OptionalString(root, "file", where) ?? throw new EvalFileException($"{where}: \"file\" must be a non-empty string.");
            if (file.Contains('/', StringComparison.Ordinal) || file.Contains('\\', StringComparison.Ordinal))
            {
                throw new EvalFileException($"{where}: \"file\" is a path (\"{file}\"); give the letter's file name only.");
            }

            return new PairRecord
            {
                File = file,
                RecordPath = where,
                Authority = OptionalString(root, "authority", where),
                Ref = OptionalString(root, "ref", where),
                Date = Date(root, where),
                Pairs = Pairs(root, where),
            };
        }
    }

    private static string? OptionalString(JsonElement element, string field, string where)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : throw new EvalFileException($"{where}: \"{field}\" must be a non-empty string or null.");
    }

    private static string? Date(JsonElement root, string where)
    {
        var date = OptionalString(root, "date", where);
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return date is null || DateTime.TryParseExact(date, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? date
            : throw new EvalFileException($"{where}: \"date\" \"{date}\" is not yyyy-MM-dd, yyyy-MM or yyyy.");
    }

    private static List<ExpectedPair> Pairs(JsonElement root, string where)
    {
        if (!root.TryGetProperty("pairs", out var pairs) || pairs.ValueKind != JsonValueKind.Array)
        {
            throw new EvalFileException($"{where}: \"pairs\" must be an array of {{\"q\", \"a\"}} objects.");
        }

        var list = new List<ExpectedPair>();
        foreach (var item in pairs.EnumerateArray())
        {
            var at = $"{where}: pair {list.Count + 1}";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new EvalFileException($"{at}: not a {{\"q\", \"a\"}} object.");
            }

            var pair = new ExpectedPair { Q = OptionalString(item, "q", at), A = OptionalString(item, "a", at) };
            list.Add(pair.Q is null && pair.A is null ? throw new EvalFileException($"{at}: neither \"q\" nor \"a\" is given.") : pair);
        }

        return list;
    }
}
