using System.Text.Encodings.Web;
using System.Text.Json;

namespace FoiBot.Synthetic;

/// <summary>truth.jsonl: one JSON object a line with what each letter says (authority, reference, date, outcome, pairs), without its text.</summary>
internal sealed class TruthFile : IDisposable
{
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _json;

    public TruthFile(string path)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);
        _json = new Utf8JsonWriter(_stream, WriterOptions);
    }

    public void Add(SyntheticLetter letter, long bytes)
    {
        _json.WriteStartObject();
        _json.WriteNumber("number", letter.Number);
        _json.WriteString("path", letter.RelativePath);
        _json.WriteString("authority", letter.Authority);
        _json.WriteString("reference", letter.Reference);
        if (letter.ResponseDate is { } date)
        {
            _json.WriteString("response_date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            _json.WriteNull("response_date");
        }

        _json.WriteString("outcome", letter.Outcome.ToString());
        _json.WriteString("topic", letter.Topic);
        _json.WriteString("topic_title", letter.TopicTitle);
        _json.WriteString("layout", letter.Layout);
        _json.WriteString("law", letter.Law);
        _json.WriteNumber("bytes", bytes);
        _json.WriteStartArray("pairs");
        foreach (var pair in letter.Pairs)
        {
            _json.WriteStartObject();
            _json.WriteString("question", pair.Question);
            _json.WriteString("answer", pair.Answer);
            _json.WriteString("outcome", pair.Outcome.ToString());
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _stream.WriteByte((byte)'\n');
        _json.Reset();
    }

    public void Dispose()
    {
        _json.Dispose();
        _stream.Dispose();
    }
}
