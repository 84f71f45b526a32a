using System.Text.Json;
using System.Text.Json.Serialization;

namespace FoiBot.Discord;

/// <summary>Discord's JSON conventions: snake_case names, nulls left out, unknown fields ignored, ids kept as strings.</summary>
internal static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new SnowflakeConverter() },
    };
}
