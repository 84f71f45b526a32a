using System.Text.Json;

namespace FoiBot.Evaluation;

/// <summary>
/// Reads an evaluation file: JSON lines of <c>{"id", "question", "gold_refs"?, "gold_files"?, "kind"?, "verdict"?,
/// "key"?}</c>, with at least one of the two gold lists. Blank lines are ignored; any other fault stops the run with
/// the file, line and field named, since a silently skipped question would flatter the figures.
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

            var id = RequiredString(root, "id", where);
            var text = RequiredString(root, "question", where);
            var hasRefs = root.TryGetProperty("gold_refs", out _);
            var hasFiles = root.TryGetProperty("gold_files", out _);
            if (!hasRefs && !hasFiles)
            {
                throw new EvalFileException($"{where}: \"gold_refs\" (or \"gold_files\") must be an array of references (empty when the corpus does not answer).");
            }

            var question = new EvalQuestion
            {
                Id = id,
                Question = text,
                GoldRefs = hasRefs ? Strings(root, "gold_refs", "reference", where) : [],
                GoldFiles = hasFiles ? FileNames(root, where) : [],
                Kind = root.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() is { Length: > 0 } k
                    ? k.Trim().ToLowerInvariant()
                    : Unlabelled,
                Verdict = Verdict(root, where),
                Key = OptionalString(root, "key", where),
            };
            return Consistent(question, where);
        }
    }

    /// <summary>A verdict or key that contradicts the gold lists is a fault in the file, not something to score.</summary>
    private static EvalQuestion Consistent(EvalQuestion question, string where)
    {
        if (question.Answerable && question.Verdict == VerdictLabels.None)
        {
            throw new EvalFileException($"{where}: \"verdict\" is \"none\" but the question has gold letters.");
        }

        if (!question.Answerable && question.Verdict is { } verdict && verdict != VerdictLabels.None)
        {
            throw new EvalFileException($"{where}: \"verdict\" is \"{verdict}\" but the question has no gold letters (use \"none\").");
        }

        if (!question.Answerable && question.Key is not null)
        {
            throw new EvalFileException($"{where}: \"key\" is given but the question has no gold letters.");
        }

        return question;
    }

    private static string RequiredString(JsonElement root, string field, string where) =>
        root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : throw new EvalFileException($"{where}: \"{field}\" must be a non-empty string.");

    /// <summary>Absent or null reads as null; anything else must be a non-empty string.</summary>
    private static string? OptionalString(JsonElement root, string field, string where)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : throw new EvalFileException($"{where}: \"{field}\" must be a non-empty string or null.");
    }

    private static string? Verdict(JsonElement root, string where)
    {
        var verdict = OptionalString(root, "verdict", where)?.ToLowerInvariant();
        return verdict is null || VerdictLabels.Expected.Contains(verdict)
            ? verdict
            : throw new EvalFileException($"{where}: \"verdict\" \"{verdict}\" is not one of {string.Join(", ", VerdictLabels.Expected)}.");
    }

    private static List<string> FileNames(JsonElement root, string where)
    {
        var names = Strings(root, "gold_files", "file name", where);
        var path = names.FirstOrDefault(n => n.Contains('/', StringComparison.Ordinal) || n.Contains('\\', StringComparison.Ordinal));
        return path is null
            ? names
            : throw new EvalFileException($"{where}: \"gold_files\" holds a path (\"{path}\"); give the letter's file name only.");
    }

    private static List<string> Strings(JsonElement root, string field, string what, string where)
    {
        var items = root.GetProperty(field);
        if (items.ValueKind != JsonValueKind.Array)
        {
            throw new EvalFileException($"{where}: \"{field}\" must be an array of {what}s (empty when the corpus does not answer).");
        }

        var list = new List<string>();
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw new EvalFileException($"{where}: \"{field}\" holds something other than a {what} string.");
            }

            list.Add(item.GetString()!.Trim());
        }

        return list;
    }
}
