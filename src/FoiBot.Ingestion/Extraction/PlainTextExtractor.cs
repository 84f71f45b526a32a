using FoiBot.Ingestion.Corpus;

namespace FoiBot.Ingestion.Extraction;

/// <summary>.txt and .md: the bytes decoded (UTF-8, UTF-16 by BOM, or Windows-1252), refused when they look binary.</summary>
internal sealed class PlainTextExtractor : ITextExtractor
{
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md"];

    public ExtractionResult Extract(ReadOnlyMemory<byte> bytes, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!LetterDecoder.TryDecode(bytes.Span, out var text, out var problem))
        {
            return ExtractionResult.Failure(problem);
        }

        return string.IsNullOrWhiteSpace(text) ? ExtractionResult.Failure(SkipReasons.Empty) : ExtractionResult.Success(text);
    }
}
