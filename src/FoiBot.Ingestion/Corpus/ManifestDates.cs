using System.Globalization;

namespace FoiBot.Ingestion.Corpus;

/// <summary>Reads the date cell of a manifest: UK day-first or ISO dates; anything else is not a date.</summary>
internal static class ManifestDates
{
    private static readonly string[] s_formats =
    [
        "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy",
        "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy", "dd MMM yyyy",
        "yyyy-MM-dd",
    ];

    /// <summary>Null for an empty cell or prose such as "undated in stored text (data to May 2024)", which must not become a date.</summary>
    public static DateOnly? Parse(string? cell) =>
        DateOnly.TryParseExact(cell?.Trim(), s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
