using System.Text.Encodings.Web;
using System.Text.Json;

namespace FoiBot.Bench.Scale;

/// <summary>How results are written: indented camelCase, so the committed result files read and diff well.</summary>
internal static class ScaleJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,

        // Files for people to read, never embedded in a page: keep ` and ' as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
