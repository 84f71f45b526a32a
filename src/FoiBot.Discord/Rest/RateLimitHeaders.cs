using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace FoiBot.Discord.Rest;

/// <summary>The X-RateLimit-* headers of one response, and the retry_after of a 429.</summary>
internal sealed record RateLimitHeaders
{
    public string? Bucket { get; init; }

    public int? Remaining { get; init; }

    public TimeSpan? ResetAfter { get; init; }

    public bool Global { get; init; }

    public string? Scope { get; init; }

    public static RateLimitHeaders From(HttpResponseHeaders headers) => new()
    {
        Bucket = First(headers, "X-RateLimit-Bucket"),
        Remaining = int.TryParse(First(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : null,
        ResetAfter = Seconds(First(headers, "X-RateLimit-Reset-After")),
        Global = string.Equals(First(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Scope = First(headers, "X-RateLimit-Scope"),
    };

    /// <summary>How long a 429 asks us to wait: the body's retry_after, else the Retry-After header, else one second.</summary>
    public static async Task<(TimeSpan Wait, bool Global)> RetryAfterAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var headers = From(response.Headers);
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var global = headers.Global || (root.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True);
            if (root.TryGetProperty("retry_after", out var retry) && retry.TryGetDouble(out var seconds))
            {
                return (TimeSpan.FromSeconds(Math.Max(0, seconds)), global);
            }
        }
        catch (JsonException)
        {
            // A proxy's HTML 429 page: fall back to the headers.
        }

        return (Seconds(First(response.Headers, "Retry-After")) ?? headers.ResetAfter ?? TimeSpan.FromSeconds(1), headers.Global);
    }

    private static string? First(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 ? TimeSpan.FromSeconds(s) : null;
}
