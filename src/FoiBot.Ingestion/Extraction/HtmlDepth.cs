namespace FoiBot.Ingestion.Extraction;

/// <summary>A cheap upper bound on how deeply an HTML document nests its elements, read from the tags alone.</summary>
internal static class HtmlDepth
{
    // Elements that never have content, so never add a level.
    private static readonly HashSet<string> s_void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    };

    /// <summary>
    /// True when open tags outnumber close tags by more than <paramref name="limit"/> at some point. "p" and "li"
    /// are left out because pages often leave them unclosed and the parser closes them itself.
    /// </summary>
    public static bool Exceeds(string html, int limit)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            var close = html.IndexOf('>', end);
            if (end == start || close < 0)
            {
                i++;
                continue;
            }

            var name = html.AsSpan(start, end - start).ToString();
            var selfClosing = html[close - 1] == '/';
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!selfClosing && !s_void.Contains(name) && ++depth > limit)
            {
                return true;
            }

            i = close + 1;
        }

        return false;
    }
}
