using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FoiBot.Web;

/// <summary>Input checks shared by the endpoints, each failure a 400 ValidationProblem naming the parameter.</summary>
internal static class Problems
{
    public const int MaxQueryLength = 1000;

    public static ValidationProblem Invalid(string parameter, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] });

    /// <summary>The error for a required free-text parameter, or null when it is fine.</summary>
    public static ValidationProblem? CheckText(string parameter, string? value, int maxLength = MaxQueryLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Invalid(parameter, $"'{parameter}' is required.");
        }

        return value.Length > maxLength ? Invalid(parameter, $"'{parameter}' is longer than {maxLength} characters.") : null;
    }

    /// <summary>Reads an optional yyyy-mm-dd date; false when it is given but not such a date.</summary>
    public static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    /// <summary>The error for an optional date range, or null when both ends are fine.</summary>
    public static ValidationProblem? CheckDates(string? from, string? to, out DateOnly? fromDate, out DateOnly? toDate)
    {
        toDate = null;
        if (!TryDate(from, out fromDate))
        {
            return Invalid("from", "'from' must be a date written yyyy-mm-dd.");
        }

        return TryDate(to, out toDate) ? null : Invalid("to", "'to' must be a date written yyyy-mm-dd.");
    }

    /// <summary>Whether the caller asked for CSV ("csv") rather than JSON (nothing or "json"); null with an error otherwise.</summary>
    public static ValidationProblem? CheckFormat(string? format, out bool csv)
    {
        csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        return csv || string.IsNullOrEmpty(format) || string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)
            ? null
            : Invalid("format", "'format' must be json or csv.");
    }
}
