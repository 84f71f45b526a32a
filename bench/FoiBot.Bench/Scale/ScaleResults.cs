using System.Globalization;
using System.Text.Json;

namespace FoiBot.Bench.Scale;

/// <summary>One JSON file per corpus size in the results folder, so sizes measured in separate runs render together.</summary>
internal static class ScaleResults
{
    private const string Prefix = "scale-";

    public static string Save(string folder, ScaleResult result)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Prefix}{result.Letters.ToString(CultureInfo.InvariantCulture)}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(result, ScaleJson.Options) + "\n");
        return path;
    }

    /// <summary>Every saved size, smallest first; a file that does not read as a result is named in the exception.</summary>
    public static IReadOnlyList<ScaleResult> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var results = new List<ScaleResult>();
        foreach (var path in Directory.EnumerateFiles(folder, Prefix + "*.json"))
        {
            try
            {
                results.Add(JsonSerializer.Deserialize<ScaleResult>(File.ReadAllText(path), ScaleJson.Options)
                    ?? throw new JsonException("the file is empty"));
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path} is not a scale result: {ex.Message}", ex);
            }
        }

        return [.. results.OrderBy(r => r.Letters)];
    }
}
