using System.Net;
using System.Text;
using FoiBot.Import.Folder;
using FoiBot.Import.Web;
using HtmlAgilityPack;

namespace FoiBot.Import.Alaveteli;

/// <summary>
/// One response of a request: its text saved as an HTML file, each attachment the corpus can read saved beside it, and
/// a provenance row for each with the authority, the response's date and its public address (the request's page,
/// at the response). It counts as imported only when every file was saved, so a failed attachment is tried again.
/// </summary>
/// <param name="status">The status line the request's page is headed with, for the response it describes; null for the others.</param>
internal sealed class AlaveteliLetter(string urlTitle, string title, string authority, AlaveteliEvent response, Uri requestPage, string? status)
{
    private long IncomingId => response.IncomingMessageId!.Value;

    private string Address => $"{requestPage.AbsoluteUri}#incoming-{IncomingId}";

    public async Task SaveAsync(HtmlDocument page, IPageSource source, ImportFolder folder, ImportReport report, CancellationToken cancellationToken)
    {
        if (AlaveteliPages.MessageHtml(page, IncomingId) is not { } message)
        {
            report.Problem($"{Address}: the request's page does not show this response (hidden or removed?); skipped");
            return;
        }

        var stem = FileNames.Safe($"{urlTitle}-{IncomingId}");
        var date = response.CreatedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : (DateOnly?)null;
        var files = new LetterFiles(folder, report, file => new ProvenanceRow(file, authority, null, date, Address));
        files.Save(stem + ".html", Document(message));
        foreach (var (part, fileName, address) in AlaveteliPages.Attachments(page, requestPage, IncomingId))
        {
            // Spreadsheets, images and the like hold no letter the corpus can read: not downloaded.
            if (FileNames.IsReadable(fileName))
            {
                await files.SaveLinkedAsync(source, address, FileNames.Safe($"{stem}-{part}-{fileName}"), $"attachment of {Address}", cancellationToken).ConfigureAwait(false);
            }
        }

        files.Commit(AlaveteliImporter.Key(requestPage, IncomingId));
    }

    /// <summary>A whole page around the response's HTML, titled with the request and pointing to where it is published.</summary>
    private byte[] Document(string message)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>")
            .Append("<link rel=\"canonical\" href=\"").Append(WebUtility.HtmlEncode(Address)).Append("\">")
            .Append("</head><body>\n<h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>\n")
            .Append(status is null ? "" : $"<p>{WebUtility.HtmlEncode(status)}</p>\n")
            .Append(message)
            .Append("\n</body></html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
