using System.Diagnostics.CodeAnalysis;

namespace FoiBot.Ingestion.Corpus;

/// <summary>The outcome of reading one file: its text, or why it was skipped. Exactly one of the two is set.</summary>
public sealed record CorpusReadResult(CorpusText? Text, SkippedFile? Skipped)
{
    [MemberNotNullWhen(true, nameof(Text))]
    [MemberNotNullWhen(false, nameof(Skipped))]
    public bool IsSuccess => Text is not null;

    public static CorpusReadResult Success(CorpusText text) => new(text, null);

    public static CorpusReadResult Failure(SkippedFile skipped) => new(null, skipped);

    internal static CorpusReadResult Failure(CorpusFile file, string reason) => new(null, new SkippedFile(file.FullPath, reason));
}
