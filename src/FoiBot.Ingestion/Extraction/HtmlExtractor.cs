using System.Text;
using HtmlAgilityPack;

namespace FoiBot.Ingestion.Extraction;

/// <summary>
/// .html and .htm, typically an authority's disclosure-log page: the letter's paragraphs, headings, list items and
/// table rows, without the site's navigation, cookie banner and feedback widgets.
/// </summary>
internal sealed class HtmlExtractor : ITextExtractor
{
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public ExtractionResult Extract(ReadOnlyMemory<byte> bytes, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!Corpus.LetterDecoder.TryDecode(bytes.Span, out var html, out var problem))
        {
            return ExtractionResult.Failure(problem);
        }

        return ExtractText(html, limits, cancellationToken);
    }

    /// <summary>The text of an HTML string already decoded (an e-mail's HTML body).</summary>
    public static ExtractionResult ExtractText(string html, ExtractionLimits limits, CancellationToken cancellationToken) =>
        ExtractionGuard.Run("HTML", () =>
        {
            // Checked before parsing: the parser and any walk over its tree would otherwise pay for every level.
            if (HtmlDepth.Exceeds(html, limits.MaxHtmlDepth))
            {
                return ExtractionResult.Failure($"HTML nested deeper than {limits.MaxHtmlDepth} levels");
            }

            var document = new HtmlDocument { OptionMaxNestedChildNodes = limits.MaxHtmlDepth * 2 };
            document.LoadHtml(html);
            var text = new HtmlTextWriter(cancellationToken).Write(document.DocumentNode);
            return string.IsNullOrWhiteSpace(text) ? ExtractionResult.Failure("no text in the HTML") : ExtractionResult.Success(text, CanonicalAddress(document));
        });

    /// <summary>
    /// The page's own &lt;link rel="canonical"&gt;, when it is an absolute http(s) address: where a saved page says it is
    /// published, so the letter keeps its public address without a provenance table.
    /// </summary>
    private static string? CanonicalAddress(HtmlDocument document)
    {
        var link = document.DocumentNode.Descendants("link")
            .FirstOrDefault(l => l.GetAttributeValue("rel", "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase));
        var href = link is null ? null : HtmlEntity.DeEntitize(link.GetAttributeValue("href", "")).Trim();
        return Uri.TryCreate(href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
    }
}
