namespace FoiBot.Ingestion.Extraction;

/// <summary>Turns one file format into the plain text the letter parser reads. One implementation per format.</summary>
public interface ITextExtractor
{
    /// <summary>The extensions this format is saved with, each with its leading dot, lower case.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// The file's text with '\n' line ends, one paragraph per line and blank lines between blocks. Never throws for a
    /// file's content, only for cancellation.
    /// </summary>
    ExtractionResult Extract(ReadOnlyMemory<byte> bytes, ExtractionLimits limits, CancellationToken cancellationToken);
}
