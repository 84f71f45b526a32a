namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// What a corpus manifest (a provenance table kept beside the letters) says about one letter, and where its file sits.
/// The parser uses a hint only where the letter's own text is silent, and reports a disagreement instead of hiding it.
/// </summary>
public sealed record LetterHints
{
    public string? Authority { get; init; }

    public string? Reference { get; init; }

    /// <summary>The day, or the first day of the month or year when <see cref="DatePrecision"/> says the table gives no more.</summary>
    public DateOnly? Date { get; init; }

    public DatePrecision DatePrecision { get; init; }

    /// <summary>The file's path below, and including, its corpus folder ("letters/leeds-foi-1.txt"): its names may say whose letter it is.</summary>
    public string? FilePath { get; init; }
}
