using System.Text.Json.Serialization;
using FoiBot.Core;

namespace FoiBot.Search.Indexing;

/// <summary>The stored form of a whole letter, so hits come back complete without re-reading the file.</summary>
/// <remarks>
/// Enums are written by name so reordering an enum in Core cannot silently change stored letters;
/// a change to the record shapes still needs <see cref="IndexBuildInfo.CurrentFormatVersion"/> bumped.
/// </remarks>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    IgnoreReadOnlyProperties = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Disclosure))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class DisclosureJsonContext : JsonSerializerContext;
