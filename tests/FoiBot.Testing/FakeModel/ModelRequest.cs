using System.Text.Json;

namespace FoiBot.Testing.FakeModel;

/// <summary>A chat request as the fake model received it, with the headers that carry a key.</summary>
public sealed record ModelRequest(string Body, string? Authorization = null, string? ApiKey = null)
{
    private JsonElement Root => JsonDocument.Parse(Body).RootElement;

    public bool Stream => Root.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;

    /// <summary>The response_format the request asked for, as JSON; null when it asked for none.</summary>
    public string? ResponseFormat => Root.TryGetProperty("response_format", out var f) ? f.ToString() : null;

    public string? ToolChoice => Root.TryGetProperty("tool_choice", out var c) ? c.ToString() : null;

    public IReadOnlyList<string> ToolNames => Root.TryGetProperty("tools", out var tools)
        ? tools.EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString()!).ToList()
        : [];

    public IReadOnlyList<(string Role, string Content)> Messages => Root.GetProperty("messages").EnumerateArray()
        .Select(m => (m.GetProperty("role").GetString()!, Content(m)))
        .ToList();

    /// <summary>The passages FoiBot numbered in this request: the first prompt's and any tool results.</summary>
    public IReadOnlyList<PromptPassage> Passages => Messages
        .Where(m => m.Role is "user" or "tool")
        .SelectMany(m => PromptPassage.Parse(m.Content))
        .DistinctBy(p => p.Number)
        .ToList();

    /// <summary>The first passage whose opening sentence a model could quote without nesting quote marks.</summary>
    public PromptPassage Quotable => Passages.First(p => p.Answer.Length > 0 && !p.FirstSentence.Contains('"', StringComparison.Ordinal));

    private static string Content(JsonElement message) =>
        message.TryGetProperty("content", out var content) ? content.ValueKind switch
        {
            JsonValueKind.String => content.GetString()!,
            JsonValueKind.Array => string.Concat(content.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : "")),
            _ => "",
        } : "";
}
