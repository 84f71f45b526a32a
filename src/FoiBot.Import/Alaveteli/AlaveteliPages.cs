using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace FoiBot.Import.Alaveteli;

/// <summary>
/// Reads Alaveteli's HTML as its views write it: an authority's page lists requests as links to /request/&lt;url_title&gt;
/// (public_body/show, request/_request_listing_via_event) with will_paginate's rel="next" link; a request's page holds
/// each response in div#incoming-&lt;id&gt; (request/_incoming_correspondence) with its attachments linked as
/// /request/&lt;id&gt;/response/&lt;incoming id&gt;/attach/&lt;part&gt;/&lt;file name&gt; (request/_attachments, config/routes.rb).
/// </summary>
internal static partial class AlaveteliPages
{
    public static HtmlDocument Load(byte[] html)
    {
        var document = new HtmlDocument { OptionMaxNestedChildNodes = 512 };
        using var stream = new MemoryStream(html);
        document.Load(stream, System.Text.Encoding.UTF8);
        return document;
    }

    /// <summary>The url_title of each request the page links to, in page order, once each.</summary>
    public static List<string> RequestLinks(HtmlDocument page, Uri pageAddress)
    {
        var titles = new List<string>();
        foreach (var href in Links(page.DocumentNode, pageAddress))
        {
            if (RequestPath().Match(href.AbsolutePath) is { Success: true } match && match.Groups["title"].Value != "search_ahead" && !titles.Contains(match.Groups["title"].Value))
            {
                titles.Add(match.Groups["title"].Value);
            }
        }

        return titles;
    }

    /// <summary>The next page of the list (will_paginate's rel="next" or class="next_page" link), if any.</summary>
    public static Uri? NextPage(HtmlDocument page, Uri pageAddress)
    {
        var next = page.DocumentNode.Descendants("a").FirstOrDefault(a =>
            a.GetAttributeValue("rel", "").Split(' ').Contains("next") || a.GetClasses().Contains("next_page"));
        var href = next is null ? null : HtmlEntity.DeEntitize(next.GetAttributeValue("href", ""));
        return string.IsNullOrEmpty(href) || !Uri.TryCreate(pageAddress, href, out var uri) ? null : uri;
    }

    /// <summary>The response's own HTML (without its attachment list and actions), or null when the page does not show it.</summary>
    public static string? MessageHtml(HtmlDocument request, long incomingId)
    {
        if (request.GetElementbyId($"incoming-{incomingId}") is not { } message)
        {
            return null;
        }

        var copy = message.CloneNode(deep: true);
        foreach (var clutter in copy.Descendants().Where(IsClutter).ToList())
        {
            clutter.Remove();
        }

        return copy.InnerHtml;
    }

    /// <summary>The attachments a response links to, by part number, once each; the HTML views (attach/html/...) are left out.</summary>
    public static List<(int Part, string FileName, Uri Address)> Attachments(HtmlDocument request, Uri requestAddress, long incomingId)
    {
        var found = new List<(int, string, Uri)>();
        if (request.GetElementbyId($"incoming-{incomingId}") is not { } message)
        {
            return found;
        }

        foreach (var href in Links(message, requestAddress))
        {
            if (AttachmentPath().Match(href.AbsolutePath) is not { Success: true } match || match.Groups["message"].Value != incomingId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                continue;
            }

            var part = int.Parse(match.Groups["part"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var name = match.Groups["name"].Success ? Uri.UnescapeDataString(match.Groups["name"].Value) : $"attachment-{part}";
            if (!found.Any(f => f.Item1 == part))
            {
                found.Add((part, name, href));
            }
        }

        return found;
    }

    /// <summary>Every link under <paramref name="node"/> to the same host as <paramref name="page"/>, resolved.</summary>
    private static IEnumerable<Uri> Links(HtmlNode node, Uri page)
    {
        foreach (var a in node.Descendants("a"))
        {
            var href = HtmlEntity.DeEntitize(a.GetAttributeValue("href", ""));
            if (href.Length > 0 && Uri.TryCreate(page, href, out var uri) && string.Equals(uri.Host, page.Host, StringComparison.OrdinalIgnoreCase))
            {
                yield return uri;
            }
        }
    }

    private static bool IsClutter(HtmlNode node) =>
        node.Name is "script" or "style" or "form" or "button"
        || node.GetClasses().Any(c => c is "attachments" or "list-of-attachments" or "event_actions" or "correspondence__footer");

    [GeneratedRegex(@"^/request/(?<title>[A-Za-z0-9_\-]+)$")]
    private static partial Regex RequestPath();

    [GeneratedRegex(@"^/request/\d+/response/(?<message>\d+)/attach/(?<part>\d+)(?:/(?<name>.+))?$")]
    private static partial Regex AttachmentPath();
}
