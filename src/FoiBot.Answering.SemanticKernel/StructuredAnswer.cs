using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenAI.Chat;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// The answer a model gives when asked for structure: its sentences, each with the passage numbers it rests on. It
/// is turned into the same text with markers as a prose answer, so it passes through the very same check.
/// </summary>
internal static class StructuredAnswer
{
    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "sentences": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "text": { "type": "string" },
                  "passages": { "type": "array", "items": { "type": "integer" } }
                },
                "required": ["text", "passages"],
                "additionalProperties": false
              }
            }
          },
          "required": ["sentences"],
          "additionalProperties": false
        }
        """;

    public static ChatResponseFormat Format { get; } =
        ChatResponseFormat.CreateJsonSchemaFormat("foibot_answer", BinaryData.FromString(Schema), jsonSchemaIsStrict: true);

    /// <summary>The sentences as text, each closed by its markers ("Not used [1]."); null when the reply is not that JSON.</summary>
    public static string? ToText(string reply)
    {
        try
        {
            using var json = JsonDocument.Parse(reply);
            if (!json.RootElement.TryGetProperty("sentences", out var sentences) || sentences.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var text = new StringBuilder();
            foreach (var sentence in sentences.EnumerateArray())
            {
                var words = sentence.GetProperty("text").GetString()?.Trim() ?? "";
                var numbers = sentence.GetProperty("passages").EnumerateArray().Select(n => n.GetInt32().ToString(CultureInfo.InvariantCulture)).ToList();
                if (words.Length == 0)
                {
                    continue;
                }

                // The marker goes before the sentence's own stop, as a prose answer writes it.
                var stop = words[^1] is '.' or '!' or '?' ? words[^1].ToString() : ".";
                var body = words[^1] is '.' or '!' or '?' ? words[..^1] : words;
                text.Append(text.Length == 0 ? "" : " ").Append(body);
                if (numbers.Count > 0)
                {
                    text.Append(" [").Append(string.Join(", ", numbers)).Append(']');
                }

                text.Append(stop);
            }

            return text.Length == 0 ? null : text.ToString();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return null;
        }
    }
}
