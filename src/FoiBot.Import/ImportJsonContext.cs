using System.Text.Json.Serialization;
using FoiBot.Import.Alaveteli;

namespace FoiBot.Import;

/// <summary>The JSON the importers read (Alaveteli's) and write (their state file).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(AlaveteliRequest))]
[JsonSerializable(typeof(AlaveteliBody))]
internal sealed partial class ImportJsonContext : JsonSerializerContext;
