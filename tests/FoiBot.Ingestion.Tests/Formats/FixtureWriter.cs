using System.Net;
using System.Text;
using MimeKit;

namespace FoiBot.Ingestion.Tests.Formats;

/// <summary>
/// Makes the format fixtures at test time from one real corpus letter, with the same libraries FoiBot reads them
/// with, so no binary fixture is checked in and each can be regenerated from its .txt: the .html wraps the letter
/// in a council disclosure-log page (navigation, cookie banner, breadcrumbs, "Rate this page"), the .pdf is written
/// by PdfPig's document builder (<see cref="PdfFixture"/>), the .docx by OpenXml (<see cref="DocxFixture"/>), and
/// the .eml by MimeKit: the letter as the plain-text body, with the .pdf and the .docx attached.
/// </summary>
internal static class FixtureWriter
{
    public static IReadOnlyDictionary<string, byte[]> AllFormats(string letter)
    {
        var pdf = PdfFixture.Write(letter);
        var docx = DocxFixture.Write(letter);
        return new Dictionary<string, byte[]>
        {
            [".txt"] = Encoding.UTF8.GetBytes(letter),
            [".html"] = Encoding.UTF8.GetBytes(Html(letter)),
            [".pdf"] = pdf,
            [".docx"] = docx,
            [".eml"] = Eml(letter, ("letter.pdf", pdf), ("letter.docx", docx)),
        };
    }

    /// <summary>The letter's paragraphs (blocks between blank lines), each line of one kept apart by a &lt;br&gt;.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Paragraphs(string letter)
    {
        var paragraphs = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        foreach (var line in letter.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(current);
                    current = [];
                }
            }
            else
            {
                current.Add(line.TrimEnd());
            }
        }

        if (current.Count > 0)
        {
            paragraphs.Add(current);
        }

        return paragraphs;
    }

    public static string Html(string letter)
    {
        var html = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>FOI disclosure log</title>
            <style>body { font-family: sans-serif; }</style><script>window.dataLayer = [];</script></head>
            <body>
            <div id="cookie-banner" class="cookie-consent"><p>We use cookies to make this site work.</p><button>Accept all cookies</button></div>
            <header class="site-header"><a href="/">Council home</a><nav><ul><li><a href="/bins">Bins</a></li><li><a href="/tax">Council tax</a></li></ul></nav></header>
            <ol class="breadcrumbs"><li>Home</li><li>Your council</li><li>FOI disclosure log</li></ol>
            <main><article>

            """);
        foreach (var paragraph in Paragraphs(letter))
        {
            html.Append("<p>").AppendJoin("<br>\n", paragraph.Select(WebUtility.HtmlEncode)).Append("</p>\n");
        }

        html.Append("""
            </article></main>
            <section class="page-rating"><h2>Rate this page</h2><form><button>Yes</button><button>No</button></form></section>
            <p>Was this page helpful?</p>
            <footer class="site-footer"><p>&copy; Council 2024 &middot; Accessibility &middot; Privacy</p></footer>
            </body></html>
            """);
        return html.ToString();
    }

    public static byte[] Eml(string body, params (string Name, byte[] Bytes)[] attachments)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Information Governance", "foi@council.example"));
        message.To.Add(new MailboxAddress("Requester", "requester@example.org"));
        message.Subject = "Your Freedom of Information request";
        var builder = new BodyBuilder { TextBody = body };
        foreach (var (name, bytes) in attachments)
        {
            builder.Attachments.Add(name, bytes);
        }

        message.Body = builder.ToMessageBody();
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
