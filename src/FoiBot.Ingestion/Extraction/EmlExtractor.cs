using MimeKit;

namespace FoiBot.Ingestion.Extraction;

/// <summary>
/// .eml: the response body (plain text, or the HTML body through <see cref="HtmlExtractor"/>) and each attached letter
/// in a supported format, every one its own source.
/// </summary>
internal sealed class EmlExtractor(TextExtractors registry) : ITextExtractor
{
    public IReadOnlyList<string> Extensions { get; } = [".eml"];

    public ExtractionResult Extract(ReadOnlyMemory<byte> bytes, ExtractionLimits limits, CancellationToken cancellationToken) =>
        Extract(bytes, limits, depth: 1, cancellationToken);

    private ExtractionResult Extract(ReadOnlyMemory<byte> bytes, ExtractionLimits limits, int depth, CancellationToken cancellationToken) =>
        ExtractionGuard.Run("e-mail", () =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!LooksLikeMessage(bytes.Span))
            {
                return ExtractionResult.Failure("not an e-mail (no message headers)");
            }

            var options = new ParserOptions { MaxMimeDepth = limits.MaxAttachmentDepth * 8 };
            var message = MimeMessage.Load(options, new MemoryStream(bytes.ToArray(), writable: false), cancellationToken);
            return Read(message, limits, depth, cancellationToken);
        });

    private ExtractionResult Read(MimeMessage message, ExtractionLimits limits, int depth, CancellationToken cancellationToken)
    {
        var sources = new List<ExtractedSource>();
        var skipped = new List<ExtractedSource>();
        if (Body(message, limits, cancellationToken) is { Length: > 0 } body)
        {
            sources.Add(new ExtractedSource(null, body));
        }

        var number = 0;
        foreach (var attachment in Attachments(message))
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            var name = attachment is MessagePart ? "message.eml" : attachment.ContentDisposition?.FileName ?? attachment.ContentType.Name ?? "";
            var part = $"attachment-{number}:{name}";
            var result = ReadAttachment(attachment, name, limits, depth, cancellationToken);
            if (result is null)
            {
                continue;
            }

            if (!result.IsSuccess)
            {
                skipped.Add(new ExtractedSource(part, result.Problem));
                continue;
            }

            sources.AddRange(result.Sources.Select(s => new ExtractedSource(s.Part is null ? part : $"{part}#{s.Part}", s.Text)));
            skipped.AddRange(result.SkippedParts.Select(s => s with { Part = $"{part}#{s.Part}" }));
        }

        return sources.Count == 0 && skipped.Count == 0
            ? ExtractionResult.Failure("no text in the e-mail and no attached letter")
            : ExtractionResult.Success(sources, skipped);
    }

    /// <summary>The attachment's extraction; null when it is in no format FoiBot reads (a logo, a spreadsheet).</summary>
    private ExtractionResult? ReadAttachment(MimeEntity attachment, string name, ExtractionLimits limits, int depth, CancellationToken cancellationToken)
    {
        if (attachment is MessagePart { Message: { } inner })
        {
            return depth >= limits.MaxAttachmentDepth
                ? ExtractionResult.Failure($"e-mails attached more than {limits.MaxAttachmentDepth} deep")
                : Read(inner, limits, depth + 1, cancellationToken);
        }

        if (attachment is not MimePart { Content: { } content })
        {
            return null;
        }

        using var decoded = new MemoryStream();
        content.DecodeTo(decoded, cancellationToken);
        var bytes = new ReadOnlyMemory<byte>(decoded.GetBuffer(), 0, (int)decoded.Length);
        if (registry.For(Path.GetExtension(name), bytes.Span) is not { } extractor)
        {
            return null;
        }

        return extractor is EmlExtractor eml
            ? depth >= limits.MaxAttachmentDepth
                ? ExtractionResult.Failure($"e-mails attached more than {limits.MaxAttachmentDepth} deep")
                : eml.Extract(bytes, limits, depth + 1, cancellationToken)
            : extractor.Extract(bytes, limits, cancellationToken);
    }

    /// <summary>
    /// Attached files, and forwarded messages however they are marked: mail clients often send a message/rfc822
    /// part inline, and a named PDF without a disposition, which MimeKit's own attachment list leaves out.
    /// </summary>
    private static IEnumerable<MimeEntity> Attachments(MimeMessage message) =>
        message.BodyParts.Where(p => p is MessagePart || p.IsAttachment || (p is MimePart { FileName: not null } && p is not TextPart));

    private static string? Body(MimeMessage message, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(message.TextBody))
        {
            return message.TextBody.ReplaceLineEndings("\n").Trim();
        }

        return message.HtmlBody is { } html && HtmlExtractor.ExtractText(html, limits, cancellationToken) is { IsSuccess: true } result
            ? result.Sources[0].Text
            : null;
    }

    /// <summary>An RFC 822 message starts with a header line: a field name, a colon, no spaces before it.</summary>
    private static bool LooksLikeMessage(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var head = bytes[start..Math.Min(bytes.Length, start + 1000)];
        var colon = head.IndexOf((byte)':');
        if (colon <= 0)
        {
            return false;
        }

        foreach (var b in head[..colon])
        {
            if (b is <= 32 or >= 127)
            {
                return false;
            }
        }

        return true;
    }
}
