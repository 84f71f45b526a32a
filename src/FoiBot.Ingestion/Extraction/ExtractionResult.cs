using System.Diagnostics.CodeAnalysis;

namespace FoiBot.Ingestion.Extraction;

/// <summary>
/// What an extractor made of a file: its sources, or the one-line reason it could not be used. Expected failures
/// (damaged, encrypted, too deep, too large) are values here, never exceptions.
/// </summary>
public sealed record ExtractionResult
{
    private ExtractionResult(IReadOnlyList<ExtractedSource> sources, string? problem, IReadOnlyList<ExtractedSource> skippedParts)
    {
        Sources = sources;
        Problem = problem;
        SkippedParts = skippedParts;
    }

    public IReadOnlyList<ExtractedSource> Sources { get; }

    /// <summary>Why the whole file was refused; null on success.</summary>
    public string? Problem { get; }

    /// <summary>Parts of a usable file that were not (an e-mail's damaged attachment): <see cref="ExtractedSource.Text"/> holds the reason.</summary>
    public IReadOnlyList<ExtractedSource> SkippedParts { get; }

    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsSuccess => Problem is null;

    public static ExtractionResult Success(string text, string? address = null) => new([new ExtractedSource(null, text) { Address = address }], null, []);

    public static ExtractionResult Success(IReadOnlyList<ExtractedSource> sources, IReadOnlyList<ExtractedSource> skippedParts) =>
        new(sources, null, skippedParts);

    public static ExtractionResult Failure(string problem) => new([], problem, []);
}
