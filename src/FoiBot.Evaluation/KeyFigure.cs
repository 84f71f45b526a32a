using System.Text.RegularExpressions;

namespace FoiBot.Evaluation;

/// <summary>
/// Whether an answer shows a question's key figure or phrase. Key and text are compared in lower case, with runs of
/// whitespace as one space, currency symbols (£ $ €) dropped and thousands separators taken out of numbers
/// ("£29,106" and "29106" read the same). The digits themselves must match exactly: the key must stand on its own, not
/// inside a longer number or word ("29106" is not in "129106", "12" is not in "12.5", "section 12" is not in
/// "section 120"), and a decimal part is part of the number ("4,250" is not shown by "4,250.50"). A key that is a whole
/// date is shown by that day in any written form (<see cref="KeyDate"/>).
/// </summary>
public static partial class KeyFigure
{
    public static bool IsShown(string key, string text)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(text);
        if (KeyDate.Of(key) is { } day)
        {
            return KeyDate.IsShown(day, text);
        }

        var wanted = Normalise(key);
        if (wanted.Length == 0)
        {
            return false;
        }

        var shown = Normalise(text);
        for (var at = shown.IndexOf(wanted, StringComparison.Ordinal); at >= 0; at = shown.IndexOf(wanted, at + 1, StringComparison.Ordinal))
        {
            if (StandsAlone(shown, at, wanted))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The form both sides are compared in.</summary>
    public static string Normalise(string text)
    {
        var flat = Currency().Replace(text.ToLowerInvariant(), "");
        flat = ThousandsSeparator().Replace(flat, "");
        return Space().Replace(flat, " ").Trim();
    }

    private static bool StandsAlone(string text, int at, string key)
    {
        var end = at + key.Length;
        if (at > 0 && char.IsLetterOrDigit(key[0]) && (char.IsLetterOrDigit(text[at - 1]) || DecimalPoint(text, at - 1, key[0])))
        {
            return false;
        }

        return end >= text.Length || !char.IsLetterOrDigit(key[^1])
            || (!char.IsLetterOrDigit(text[end]) && !DecimalPoint(text, end, key[^1]));
    }

    /// <summary>A '.' between the key's edge digit and another digit: the key is part of a decimal ("12.5", "0.12").</summary>
    private static bool DecimalPoint(string text, int at, char keyEdge) =>
        char.IsDigit(keyEdge) && text[at] == '.' && at > 0 && at + 1 < text.Length && char.IsDigit(text[at - 1]) && char.IsDigit(text[at + 1]);

    [GeneratedRegex(@"[£$€]")]
    private static partial Regex Currency();

    /// <summary>A comma between digits with exactly three digits after it: "29,106", "1,234,567".</summary>
    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
