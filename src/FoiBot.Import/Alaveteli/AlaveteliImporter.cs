using System.Text.Json;
using FoiBot.Import.Folder;
using FoiBot.Import.Web;

namespace FoiBot.Import.Alaveteli;

/// <summary>
/// Imports an authority's responses from an Alaveteli site (WhatDoTheyKnow and its sister sites) through what their
/// robots.txt allows: the authority's own pages of requests, then each request's .json (its state and response events)
/// and page (each response's text and attachment links), then the attachments. Built to Alaveteli's
/// config/routes.rb, public/robots.txt, app/models/info_request.rb, info_request_event.rb and public_body.rb
/// (json_for_api), app/views/public_body/show.html.erb, request/_incoming_correspondence.html.erb and
/// request/_attachments.html.erb. Feeds (/feed/) and search are not used: robots.txt disallows them.
/// </summary>
public sealed class AlaveteliImporter(IPageSource source, ImportFolder folder, int maxListPages, IProgress<ImportProgress>? progress = null)
{
    /// <summary>The states Alaveteli's "successful" list of an authority's requests shows.</summary>
    private static readonly string[] s_successfulView = ["successful", "partially_successful"];

    public async Task<ImportReport> RunAsync(AlaveteliImport import, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        var site = new Uri(import.Site.GetLeftPart(UriPartial.Authority) + import.Site.AbsolutePath.TrimEnd('/') + "/");
        var bodyAddress = new Uri(site, $"body/{Uri.EscapeDataString(import.Authority)}.json");
        var body = await JsonAsync(bodyAddress, ImportJsonContext.Default.AlaveteliBody, report, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return report;
        }

        var authority = body.Name ?? import.Authority;
        var titles = await ListAsync(site, import, report, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < titles.Count; i++)
        {
            progress?.Report(new ImportProgress(i, titles.Count, titles[i]));
            await ImportRequestAsync(site, titles[i], authority, import, report, cancellationToken).ConfigureAwait(false);
        }

        progress?.Report(new ImportProgress(titles.Count, titles.Count, ""));
        return report;
    }

    /// <summary>Every request the authority's pages list, each once, following rel="next" until a page brings nothing new.</summary>
    private async Task<List<string>> ListAsync(Uri site, AlaveteliImport import, ImportReport report, CancellationToken cancellationToken)
    {
        var view = import.States.Count > 0 && import.States.All(s => s_successfulView.Contains(s, StringComparer.OrdinalIgnoreCase)) ? "/successful" : "";
        Uri? page = new(site, $"body/{Uri.EscapeDataString(import.Authority)}{view}");
        var titles = new List<string>();
        var seenPages = new HashSet<string>(StringComparer.Ordinal);
        while (page is not null && seenPages.Count < maxListPages && seenPages.Add(page.AbsoluteUri))
        {
            progress?.Report(new ImportProgress(0, 0, page.PathAndQuery));
            var fetched = await source.GetAsync(page, cancellationToken).ConfigureAwait(false);
            if (!fetched.Ok)
            {
                report.Problem($"list of requests: {fetched.Problem}");
                break;
            }

            var html = AlaveteliPages.Load(fetched.Body);
            var before = titles.Count;
            titles.AddRange(AlaveteliPages.RequestLinks(html, fetched.Address).Where(t => !titles.Contains(t)));
            if (titles.Count == before)
            {
                // A page repeating only requests already listed (a list that loops, or shifted under us) ends the list.
                break;
            }

            page = AlaveteliPages.NextPage(html, fetched.Address);
        }

        return titles;
    }

    private async Task ImportRequestAsync(Uri site, string title, string authority, AlaveteliImport import, ImportReport report, CancellationToken cancellationToken)
    {
        var pageAddress = new Uri(site, $"request/{Uri.EscapeDataString(title)}");
        var request = await JsonAsync(new Uri(site, $"request/{Uri.EscapeDataString(title)}.json"), ImportJsonContext.Default.AlaveteliRequest, report, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return;
        }

        if (import.States.Count > 0 && !import.States.Contains(request.DescribedState ?? "", StringComparer.OrdinalIgnoreCase))
        {
            report.Filtered++;
            return;
        }

        var responses = (request.InfoRequestEvents ?? [])
            .Where(e => e.EventType == "response" && e.IncomingMessageId is not null)
            .Where(e => import.Since is null || (e.CreatedAt is { } at && DateOnly.FromDateTime(at.UtcDateTime) >= import.Since))
            .DistinctBy(e => e.IncomingMessageId)
            .ToList();
        var pending = responses.Where(e => !folder.IsDone(Key(pageAddress, e.IncomingMessageId!.Value))).ToList();
        report.AlreadyImported += responses.Count - pending.Count;
        if (responses.Count == 0)
        {
            report.Filtered++;
        }

        if (pending.Count == 0)
        {
            return;
        }

        var fetched = await source.GetAsync(pageAddress, cancellationToken).ConfigureAwait(false);
        if (!fetched.Ok)
        {
            report.Problem($"request '{title}': {fetched.Problem}");
            return;
        }

        var html = AlaveteliPages.Load(fetched.Body);
        var last = responses[^1].IncomingMessageId;
        foreach (var response in pending)
        {
            // The request's state was described after its last response: that one is the letter it tells of.
            var status = response.IncomingMessageId == last ? AlaveteliStatus.Sentence(request.DescribedState, authority) : null;
            var letter = new AlaveteliLetter(title, request.Title ?? title, authority, response, pageAddress, status);
            await letter.SaveAsync(html, source, folder, report, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The JSON at <paramref name="address"/>, or null with a problem naming it when it is missing, not JSON, or cut short.</summary>
    private async Task<T?> JsonAsync<T>(Uri address, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, ImportReport report, CancellationToken cancellationToken)
        where T : class
    {
        var fetched = await source.GetAsync(address, cancellationToken).ConfigureAwait(false);
        if (!fetched.Ok)
        {
            report.Problem(fetched.Problem!);
            return null;
        }

        var start = fetched.Body.AsSpan().TrimStart(" \t\r\n\uFEFF"u8);
        if (fetched.MediaType.Contains("html", StringComparison.Ordinal) || (start.Length > 0 && start[0] == (byte)'<'))
        {
            report.Problem($"{address}: expected JSON, the site sent an HTML page (an error or login page?); skipped");
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(fetched.Body, type) ?? throw new JsonException("empty");
        }
        catch (JsonException ex)
        {
            report.Problem($"{address}: not valid JSON (cut short?): {ex.Message}; skipped");
            return null;
        }
    }

    internal static string Key(Uri requestPage, long incomingId) => $"{requestPage.AbsoluteUri}#incoming-{incomingId}";
}
