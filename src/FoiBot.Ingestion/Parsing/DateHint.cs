using System.Globalization;
using FoiBot.Core;

namespace FoiBot.Ingestion.Parsing;

/// <summary>Weighs a provenance table's date, which may give only a month or a year, against the letter's own.</summary>
internal static class DateHint
{
    /// <summary>
    /// The letter's own date when it has one, else the table's (its first day for a month or year), with a diagnostic
    /// saying which and how precise. A letter dated within the month or year the table gives agrees with it.
    /// </summary>
    public static DateOnly? Apply(DateOnly? responseDate, LetterHints? hints, List<ParseDiagnostic> diagnostics)
    {
        if (hints?.Date is not { } hinted)
        {
            return responseDate;
        }

        var precision = hints.DatePrecision;
        if (responseDate is null)
        {
            diagnostics.Add(new(DiagnosticSeverity.Info, "responseDate", precision == DatePrecision.Day
                ? "not in the text; taken from the manifest"
                : $"not in the text; the manifest gives only the {Unit(precision)} ({Describe(hinted, precision)}), so its first day, {Iso(hinted)}, is used"));
            return hinted;
        }

        if (!Within(responseDate.Value, hinted, precision))
        {
            diagnostics.Add(new(DiagnosticSeverity.Warning, "responseDate", $"the text says {Iso(responseDate.Value)}, the manifest {Describe(hinted, precision)}; the text is used"));
        }

        return responseDate;
    }

    private static bool Within(DateOnly date, DateOnly first, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.Year == first.Year,
        DatePrecision.Month => (date.Year, date.Month) == (first.Year, first.Month),
        _ => date == first,
    };

    private static string Unit(DatePrecision precision) => precision == DatePrecision.Year ? "year" : "month";

    private static string Describe(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => Iso(date),
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
