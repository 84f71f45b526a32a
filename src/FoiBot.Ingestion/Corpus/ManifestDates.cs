using System.Globalization;
using System.Text.RegularExpressions;
using FoiBot.Ingestion.Parsing;
using FoiBot.Core.Text;

namespace FoiBot.Ingestion.Corpus;

/// <summary>
/// Reads the date cell of a manifest: a whole date in any form letters use (UK day-first when numeric), or a month or
/// a year on its own, each kept with its precision. A note in brackets after it ("8 April 2026 (published)") is
/// dropped; anything else in the cell means it is not a date.
/// </summary>
internal static partial class ManifestDates
{
    /// <summary>Null for an empty cell or prose such as "undated in stored text (data to May 2024)", which must not become a date.</summary>
    public static ManifestDate? Parse(string? cell)
    {
        var text = Note().Replace(cell ?? "", "").Trim();
        if (WholeDate().IsMatch(text) && LetterDateParser.Parse(text) is { } day)
        {
            return new ManifestDate(day, DatePrecision.Day);
        }

        if (MonthYear().Match(text) is { Success: true } named)
        {
            return Make(named.Groups["y"].Value, LetterDateParser.Month(named.Groups["m"].Value), DatePrecision.Month);
        }

        if (NumericMonthYear().Match(text) is { Success: true } numeric)
        {
            return Make(numeric.Groups["y"].Value, int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture), DatePrecision.Month);
        }

        return Year().IsMatch(text) ? Make(text, 1, DatePrecision.Year) : null;
    }

    private static ManifestDate? Make(string year, int month, DatePrecision precision) =>
        LetterDateParser.Make(int.Parse(year, CultureInfo.InvariantCulture), month, 1) is { } first ? new ManifestDate(first, precision) : null;

    /// <summary>Bracketed notes at the end of the cell, however many.</summary>
    [GeneratedRegex(@"(?:\s*\([^()]*\))+\s*$")]
    private static partial Regex Note();

    [GeneratedRegex("^" + LetterDateParser.Pattern + @"\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex WholeDate();

    [GeneratedRegex(@"^(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,?\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    /// <summary>"2016-06" (ISO), "06/2016" or "6-2016".</summary>
    [GeneratedRegex(@"^(?:(?<y>\d{4})-(?<m>\d{2})|(?<m>\d{1,2})[-/.](?<y>\d{4}))$")]
    private static partial Regex NumericMonthYear();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();
}
