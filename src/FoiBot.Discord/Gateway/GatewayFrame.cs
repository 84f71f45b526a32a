using System.Text.Json;

namespace FoiBot.Discord.Gateway;

/// <summary>One received gateway payload <c>{op, d, s, t}</c>; <see cref="Data"/> is cloned so it outlives the buffer.</summary>
internal sealed record GatewayFrame(int Op, JsonElement Data, int? Sequence, string? Name)
{
    public static GatewayFrame Parse(ReadOnlySpan<byte> utf8)
    {
        using var json = JsonDocument.Parse(utf8.ToArray());
        var root = json.RootElement;
        var op = root.TryGetProperty("op", out var o) && o.TryGetInt32(out var n) ? n : -1;
        var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
        int? seq = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
        var name = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new GatewayFrame(op, data, seq, name);
    }
}
