namespace FoiBot.Ingestion.Corpus;

/// <summary>Which files in a corpus folder are letters, and how large one may be.</summary>
public sealed record CorpusOptions
{
    public const string SectionName = "Corpus";

    /// <summary>The largest <see cref="MaxFileBytes"/> allowed: a letter's text must fit in one .NET string.</summary>
    public const long MaxSupportedFileBytes = 1_000_000_000;

    /// <summary>File extensions that hold letters, each with its leading dot; matched case-insensitively.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [".txt", ".md"];

    /// <summary>Files larger than this are reported, never read: a stray dump must not be loaded into memory.</summary>
    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first field that is out of range.</summary>
    public void Validate()
    {
        if (Extensions is null || Extensions.Count == 0)
        {
            throw new ArgumentException("At least one extension is needed, e.g. \".txt\".", nameof(Extensions));
        }

        foreach (var extension in Extensions)
        {
            if (extension is null || extension.Length < 2 || extension[0] != '.')
            {
                throw new ArgumentException($"Extension '{extension}' must start with '.', e.g. \".txt\".", nameof(Extensions));
            }
        }

        if (MaxFileBytes is <= 0 or > MaxSupportedFileBytes)
        {
            throw new ArgumentException(
                $"MaxFileBytes must be greater than 0 and at most {MaxSupportedFileBytes}; it is {MaxFileBytes}.", nameof(MaxFileBytes));
        }
    }
}
