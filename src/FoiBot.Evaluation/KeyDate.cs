using System.Globalization;
using System.Text.RegularExpressions;

namespace FoiBot.Evaluation;

/// <summary>
/// A key that is a whole date ("27/12/2023", "11 January 2018", "1 December, 2017", "7.3.14") is shown by the same day
/// written any way a UK answer writes it: the engine cites "11 Jan 2018" for a letter dated "11/01/2018". Only full
/// dates count; a month and year, or a day and month, stay ordinary text keys.
/// </summary>
public static partial class KeyDate
{
    private static readonly string[] s_months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The day the key names, when the whole key is one date; otherwise null.</summary>
    public static DateOnly? Of(string key)
    {
        var m = Date().Match(key.Trim());
        return m.Success && m.Length == key.Trim().Length ? Read(m) : null;
    }

    /// <summary>Whether the text gives the day anywhere, in any of the forms read.</summary>
    public static bool IsShown(DateOnly day, string text) =>
        Date().Matches(text).Any(m => Read(m) == day);

    private static DateOnly? Read(Match m)
    {
        var day = m.Groups["d"].Success ? m.Groups["d"].Value : m.Groups["d2"].Value;
        var month = m.Groups["m"].Success ? m.Groups["m"].Value : m.Groups["m2"].Value;
        var year = m.Groups["y"].Success ? m.Groups["y"].Value : m.Groups["y2"].Success ? m.Groups["y2"].Value : m.Groups["y3"].Value;
        var monthNumber = char.IsDigit(month[0]) ? int.Parse(month, CultureInfo.InvariantCulture) : Array.FindIndex(s_months, n => month.StartsWith(n, StringComparison.OrdinalIgnoreCase)) + 1;
        var yearNumber = int.Parse(year, CultureInfo.InvariantCulture);

        // A two-digit year in a numeric date ("7.3.14") is of this century: FOI letters are from 2005 on.
        yearNumber = year.Length == 2 ? 2000 + yearNumber : yearNumber;
        var dayNumber = int.Parse(day, CultureInfo.InvariantCulture);
        return monthNumber is >= 1 and <= 12 && dayNumber >= 1 && dayNumber <= DateTime.DaysInMonth(yearNumber, monthNumber)
            ? new DateOnly(yearNumber, monthNumber, dayNumber)
            : null;
    }

    // Day first ("11th January, 2018", "11 Jan 2018"), month first ("January 11, 2018"), numeric day first as UK
    // letters write it ("11/01/2018", "7.3.14"), and ISO ("2018-01-11").
    [GeneratedRegex(@"\b(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?,?\s+(?<y>\d{4})|(?<m>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})|(?<d2>\d{1,2})[/.-](?<m2>\d{1,2})[/.-](?<y2>\d{4}|\d{2})|(?<y3>\d{4})-(?<m2>\d{2})-(?<d2>\d{2}))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Date();
}
