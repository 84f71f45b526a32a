using System.Text.Json;

namespace FoiBot.Discord.Tests.Fakes;

/// <summary>One REST request the fake Discord received.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    /// <summary>The status the fake answered with (0 until it has).</summary>
    public int Status { get; set; }

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool Is(string method, string pathPart) => Method == method && Path.Contains(pathPart, StringComparison.Ordinal);
}
