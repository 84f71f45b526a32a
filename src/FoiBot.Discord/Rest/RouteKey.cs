namespace FoiBot.Discord.Rest;

/// <summary>
/// Names the rate-limit route a request belongs to before Discord has told us its bucket: the method, the path with
/// ids blanked out, and the "major parameter" (channel, guild, webhook + token, interaction) kept, because Discord
/// limits each of those separately.
/// </summary>
internal static class RouteKey
{
    private static readonly HashSet<string> s_majorResources = ["channels", "guilds", "webhooks", "interactions"];

    public static (string Route, string Major) For(HttpMethod method, string path)
    {
        var segments = path.Trim('/').Split('/');
        var start = Array.FindIndex(segments, s => s.Length > 1 && s[0] == 'v' && s[1..].All(char.IsAsciiDigit));
        var route = new List<string> { method.Method };
        var major = "";
        for (var i = start + 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            var previous = i > start + 1 ? segments[i - 1] : "";
            if (s_majorResources.Contains(previous) && major.Length == 0)
            {
                // A webhook or interaction is limited per id and token together.
                var token = previous is "webhooks" or "interactions" && i + 1 < segments.Length ? "/" + segments[i + 1] : "";
                major = segment + token;
                route.Add("{major}");
                if (token.Length > 0)
                {
                    i++;
                }
            }
            else
            {
                route.Add(IsId(segment) ? "{id}" : segment);
            }
        }

        return (string.Join('/', route), major);
    }

    /// <summary>Interaction callbacks are exempt from the global limit.</summary>
    public static bool IsGlobalExempt(string route) => route.Contains("/interactions/{major}", StringComparison.Ordinal);

    private static bool IsId(string segment) => segment.Length > 0 && segment.All(char.IsAsciiDigit);
}
