namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// What a corpus manifest (a provenance table kept beside the letters) says about one letter. The parser uses a hint
/// only where the letter's own text is silent, and reports a disagreement instead of hiding it.
/// </summary>
public sealed record LetterHints
{
    public string? Authority { get; init; }

    public string? Reference { get; init; }

    /// <summary>The day, or the first day of the month or year when <see cref="DatePrecision"/> says the table gives no more.</summary>
    public DateOnly? Date { get; init; }

    public DatePrecision DatePrecision { get; init; }
}
