using HtmlAgilityPack;

namespace FoiBot.Ingestion.Extraction;

/// <summary>What a council website puts around a disclosure: cookie banners, breadcrumbs, "Rate this page" widgets.</summary>
internal static class HtmlClutter
{
    // Matched against id, class, role and aria-label; a page's letter never sits inside one of these.
    private static readonly string[] s_markers =
    [
        "cookie", "consent", "breadcrumb", "banner", "navigation", "navbar", "menu", "feedback", "rating", "rate-this",
        "skip-link", "share-this", "social", "site-header", "site-footer", "contentinfo",
    ];

    // Whole lines that are widgets rather than letter, when markup did not give them away.
    private static readonly string[] s_lines =
    [
        "rate this page", "was this page helpful", "was this page useful", "is this page useful", "did you find what you were looking for",
        "share this page", "print this page", "back to top", "skip to main content", "accept all cookies", "reject all cookies",
        "accept cookies", "cookie settings",
    ];

    public static bool IsClutter(HtmlNode element)
    {
        foreach (var attribute in (ReadOnlySpan<string>)["id", "class", "role", "aria-label"])
        {
            var value = element.GetAttributeValue(attribute, "");
            foreach (var marker in s_markers)
            {
                if (value.Contains(marker, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The text without widget lines, with runs of blank lines kept to one and no blank lines at either end.</summary>
    public static string DropClutterLines(string text)
    {
        var kept = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            var bare = line.Trim().TrimEnd('?', '.', '!', ':').Trim();
            if (s_lines.Any(l => bare.Equals(l, StringComparison.OrdinalIgnoreCase)) || bare is "Yes | No" or "Yes No")
            {
                continue;
            }

            if (line.Length == 0 && (kept.Count == 0 || kept[^1].Length == 0))
            {
                continue;
            }

            kept.Add(line);
        }

        while (kept.Count > 0 && kept[^1].Length == 0)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join('\n', kept);
    }
}
