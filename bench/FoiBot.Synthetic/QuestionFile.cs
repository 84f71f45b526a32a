using System.Text.Json;

namespace FoiBot.Synthetic;

/// <summary>Writes questions as JSON lines: {"id", "question", "gold_refs", "kind"}.</summary>
internal static class QuestionFile
{
    public static void Write(string path, IEnumerable<SyntheticQuestion> questions)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        using var json = new Utf8JsonWriter(stream, TruthFile.WriterOptions);
        foreach (var question in questions)
        {
            json.WriteStartObject();
            json.WriteString("id", question.Id);
            json.WriteString("question", question.Question);
            json.WriteStartArray("gold_refs");
            foreach (var reference in question.GoldRefs)
            {
                json.WriteStringValue(reference);
            }

            json.WriteEndArray();
            json.WriteString("kind", question.Kind);
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }
}
