using System.Text.Json;
using FoiBot.Answering;
using FoiBot.Cli.Output;

namespace FoiBot.Cli.Commands;

/// <summary>
/// Answers a JSON-lines file in input order, one answer per line carrying the input's id. A bad line is reported on
/// stderr with its line number and skipped; the others are still answered, and the exit code says something was wrong.
/// </summary>
internal static class BatchAnswers
{
    public static async Task<int> RunAsync(CommandContext context, CliEngine engine, string path, string shownPath, bool json, CancellationToken cancellationToken)
    {
        var failed = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (!TryRead(line, out var id, out var question, out var problem))
            {
                context.Environment.Error.WriteLine($"{shownPath}:{lineNumber}: {problem}; line skipped.");
                failed++;
                continue;
            }

            Log.Question(context.Logger, id, question);
            var answer = await engine.Engine.AnswerAsync(new AnswerRequest { Question = question, Id = id }, cancellationToken);
            if (json)
            {
                context.Environment.Output.WriteLine(CliJson.Serialize(answer));
            }
            else
            {
                context.Environment.Output.WriteLine($"## {id}: {question}");
                AnswerPrinter.Print(context.Environment.Output, answer, engine.UsesModel);
                context.Environment.Output.WriteLine();
            }
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static bool TryRead(string line, out string? id, out string question, out string problem)
    {
        id = null;
        question = "";
        problem = "";
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return false;
            }

            if (root.TryGetProperty("id", out var idValue))
            {
                id = idValue.ValueKind switch
                {
                    JsonValueKind.String => idValue.GetString(),
                    JsonValueKind.Number => idValue.GetRawText(),
                    JsonValueKind.Null => null,
                    _ => null,
                };
            }

            if (!root.TryGetProperty("question", out var q) || q.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(q.GetString()))
            {
                problem = "\"question\" is missing or not a non-empty string";
                return false;
            }

            question = q.GetString()!;
            return true;
        }
        catch (JsonException ex)
        {
            problem = $"not valid JSON ({ex.Message.Split('.')[0]})";
            return false;
        }
    }
}
