using System.Globalization;
using System.Text.RegularExpressions;

namespace FoiBot.Core.Text;

/// <summary>Reads the date forms UK letters use: "27 August 2019", "Tue 16 August 2019", "30th December 2024", "06-04-2017", "2019-08-27".</summary>
public static partial class LetterDateParser
{
    private static readonly string[] s_months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The pattern of one date anywhere in a line; group "d" captures the date text.</summary>
    public const string Pattern =
        @"(?<d>(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,?\s+\d{4}"
        + @"|(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*,?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
        + @"|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2})";

    public static DateOnly? Parse(string text)
    {
        var m = DayMonthYear().Match(text);
        if (m.Success)
        {
            return Make(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), Month(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        }

        m = MonthDayYear().Match(text);
        if (m.Success)
        {
            return Make(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), Month(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        }

        m = Iso().Match(text);
        if (m.Success)
        {
            return Make(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        }

        // UK letters write numeric dates day first.
        m = Numeric().Match(text);
        return m.Success
            ? Make(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>Every date the text holds, in the forms <see cref="Pattern"/> reads, that exists.</summary>
    public static IEnumerable<DateOnly> DatesIn(string text) =>
        AnyDate().Matches(text).Select(m => Parse(m.Value)).OfType<DateOnly>();

    /// <summary>True when the line holds a date and nothing else of substance.</summary>
    public static bool IsDateOnly(string line)
    {
        var m = DateOnlyLine().Match(line);
        return m.Success && Parse(line) is not null;
    }

    /// <summary>1 to 12 for a month's name or its first three letters ("Sept" too); 0 for anything else.</summary>
    public static int Month(string name)
    {
        var lower = name.ToLowerInvariant().TrimEnd('.');
        for (var i = 0; i < s_months.Length; i++)
        {
            if (s_months[i].StartsWith(lower[..Math.Min(3, lower.Length)], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The date, or null when it does not exist or falls outside the years FOI letters are from.</summary>
    public static DateOnly? Make(int year, int month, int day)
    {
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<y>\d{4})\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase)]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"^(?:Date:?\s*)?" + Pattern + @"\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOnlyLine();
}
