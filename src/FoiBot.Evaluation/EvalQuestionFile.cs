using System.Text.Json;

namespace FoiBot.Evaluation;

/// <summary>
/// Reads an evaluation file: JSON lines of <c>{"id", "question", "gold_refs", "kind"?}</c>. Blank lines are ignored;
/// any other fault stops the run with the file, line and field named, since a silently skipped question would
/// flatter the figures.
/// </summary>
public static class EvalQuestionFile
{
    public const string Unlabelled = "unlabelled";

    public static IReadOnlyList<EvalQuestion> Read(string path, string? displayName = null)
    {
        var name = displayName ?? path;
        var questions = new List<EvalQuestion>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var question = ReadLine(line, $"{name}:{lineNumber}");
            if (!ids.Add(question.Id))
            {
                throw new EvalFileException($"{name}:{lineNumber}: id \"{question.Id}\" is used twice.");
            }

            questions.Add(question);
        }

        return questions.Count > 0 ? questions : throw new EvalFileException($"{name}: no questions.");
    }

    private static EvalQuestion ReadLine(string line, string where)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
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

            return new EvalQuestion
            {
                Id = RequiredString(root, "id", where),
                Question = RequiredString(root, "question", where),
                GoldRefs = GoldRefs(root, where),
                Kind = root.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() is { Length: > 0 } k
                    ? k.Trim().ToLowerInvariant()
                    : Unlabelled,
            };
        }
    }

    private static string RequiredString(JsonElement root, string field, string where) =>
        root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : throw new EvalFileException($"{where}: \"{field}\" must be a non-empty string.");

    private static List<string> GoldRefs(JsonElement root, string where)
    {
        if (!root.TryGetProperty("gold_refs", out var refs) || refs.ValueKind != JsonValueKind.Array)
        {
            throw new EvalFileException($"{where}: \"gold_refs\" must be an array of references (empty when the corpus does not answer).");
        }

        var list = new List<string>();
        foreach (var item in refs.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw new EvalFileException($"{where}: \"gold_refs\" holds something other than a reference string.");
            }

            list.Add(item.GetString()!.Trim());
        }

        return list;
    }
}
