using System.Text.Json;

namespace FoiBot.Web.Tests;

/// <summary>A response body parsed as JSON, detached from its document so tests can keep it.</summary>
internal static class JsonBody
{
    public static JsonElement Parse(string raw)
    {
        using var document = JsonDocument.Parse(raw);
        return document.RootElement.Clone();
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) => Parse(await response.Content.ReadAsStringAsync());
}
