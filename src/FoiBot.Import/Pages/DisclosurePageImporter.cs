using FoiBot.Import.Folder;
using FoiBot.Import.Web;
using HtmlAgilityPack;

namespace FoiBot.Import.Pages;

/// <summary>
/// Imports councils' disclosure-log pages: each page saved as it is published, and the response documents it links to
/// (PDF, DOCX, on the same site) saved beside it, each with a provenance row giving the page's address. A page is
/// imported once; a list naming it twice, or a second run, does not fetch it again.
/// </summary>
public sealed class DisclosurePageImporter(IPageSource source, ImportFolder folder, IProgress<ImportProgress>? progress = null)
{
    /// <param name="authority">The authority the pages are from, when the user names it; otherwise the letters say.</param>
    public async Task<ImportReport> RunAsync(IReadOnlyList<Uri> pages, string? authority, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        var unique = pages.Select(WithoutFragment).DistinctBy(u => u.AbsoluteUri).ToList();
        for (var i = 0; i < unique.Count; i++)
        {
            progress?.Report(new ImportProgress(i, unique.Count, unique[i].AbsoluteUri));
            var key = unique[i].AbsoluteUri;
            if (folder.IsDone(key))
            {
                report.AlreadyImported++;
                continue;
            }

            await ImportPageAsync(unique[i], key, authority, report, cancellationToken).ConfigureAwait(false);
        }

        progress?.Report(new ImportProgress(unique.Count, unique.Count, ""));
        return report;
    }

    private async Task ImportPageAsync(Uri page, string key, string? authority, ImportReport report, CancellationToken cancellationToken)
    {
        var fetched = await source.GetAsync(page, cancellationToken).ConfigureAwait(false);
        if (!fetched.Ok)
        {
            report.Problem(fetched.Problem!);
            return;
        }

        // The page's own address (after same-host redirects) is where the response is published.
        var address = fetched.Address.AbsoluteUri;
        var stem = FileNames.Safe($"{page.Host}-{page.AbsolutePath.Trim('/').Replace('/', '-')}{page.Query}");
        stem = Path.GetExtension(stem) is ".html" or ".htm" or ".aspx" or ".php" ? stem[..^Path.GetExtension(stem).Length] : stem;
        var files = new LetterFiles(folder, report, file => new ProvenanceRow(file, authority, null, null, address));
        files.Save(stem + ".html", fetched.Body);
        foreach (var document in Documents(fetched.Body, fetched.Address))
        {
            if (!string.Equals(document.Host, fetched.Address.Host, StringComparison.OrdinalIgnoreCase))
            {
                report.Problem($"{document}: linked from {address} but on another site; not fetched");
                continue;
            }

            var name = FileNames.Safe($"{stem}-{Uri.UnescapeDataString(document.Segments[^1])}");
            await files.SaveLinkedAsync(source, document, name, $"document linked from {address}", cancellationToken).ConfigureAwait(false);
        }

        files.Commit(key);
    }

    /// <summary>The PDF and DOCX documents the page links to, once each.</summary>
    private static List<Uri> Documents(byte[] body, Uri page)
    {
        var html = new HtmlDocument { OptionMaxNestedChildNodes = 512 };
        using (var stream = new MemoryStream(body))
        {
            html.Load(stream, System.Text.Encoding.UTF8);
        }

        return html.DocumentNode.Descendants("a")
            .Select(a => HtmlEntity.DeEntitize(a.GetAttributeValue("href", "")))
            .Where(href => href.Length > 0)
            .Select(href => Uri.TryCreate(page, href, out var uri) ? WithoutFragment(uri) : null)
            .OfType<Uri>()
            .Where(uri => (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && Path.GetExtension(uri.AbsolutePath).ToLowerInvariant() is ".pdf" or ".docx")
            .DistinctBy(uri => uri.AbsoluteUri)
            .ToList();
    }

    private static Uri WithoutFragment(Uri uri) => uri.Fragment.Length == 0 ? uri : new Uri(uri.GetLeftPart(UriPartial.Query));
}
