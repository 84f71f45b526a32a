using System.Diagnostics.CodeAnalysis;

namespace FoiBot.Ingestion.Corpus;

/// <summary>The texts read from one file (one, or several for an e-mail with attachments), or why the file was skipped.</summary>
/// <param name="SkippedParts">Parts of a usable file that were not, e.g. an e-mail's encrypted PDF attachment.</param>
public sealed record CorpusExtraction(IReadOnlyList<CorpusText> Texts, SkippedFile? Skipped, IReadOnlyList<SkippedFile> SkippedParts)
{
    [MemberNotNullWhen(false, nameof(Skipped))]
    public bool IsSuccess => Skipped is null;

    internal static CorpusExtraction Failure(SkippedFile skipped) => new([], skipped, []);
}
