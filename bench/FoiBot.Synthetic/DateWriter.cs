using System.Globalization;

namespace FoiBot.Synthetic;

/// <summary>Writes a date in one of the styles real letters use.</summary>
internal static class DateWriter
{
    public static string Write(DateOnly date, DateStyle style) => style switch
    {
        DateStyle.Long => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        DateStyle.Slashes => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateStyle.Iso => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateStyle.Dashes => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        DateStyle.Weekday => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
        DateStyle.Ordinal => date.Day.ToString(CultureInfo.InvariantCulture) + Suffix(date.Day) + date.ToString(" MMMM yyyy", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    private static string Suffix(int day) => day switch
    {
        1 or 21 or 31 => "st",
        2 or 22 => "nd",
        3 or 23 => "rd",
        _ => "th",
    };
}
