using System.Globalization;
using System.Text;

namespace FoiBot.Synthetic;

/// <summary>Fills the slots of a topic template ({n:lo-hi}, {m:lo-hi}, {p:lo-hi}, {fy}, {y}, {pick:a|b}) from the letter's generator.</summary>
internal static class TemplateFiller
{
    /// <param name="year">The year the letter was written; {y} and {fy} fall in the years just before it.</param>
    public static string Fill(string template, LetterRandom random, int year)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var text = new StringBuilder(template.Length + 32);
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                text.Append(template, at, template.Length - at);
                break;
            }

            text.Append(template, at, open - at);
            Slot(text, template.AsSpan(open + 1, close - open - 1), random, year);
            at = close + 1;
        }

        return text.ToString();
    }

    private static void Slot(StringBuilder text, ReadOnlySpan<char> slot, LetterRandom random, int year)
    {
        var colon = slot.IndexOf(':');
        var name = colon < 0 ? slot : slot[..colon];
        var argument = colon < 0 ? [] : slot[(colon + 1)..];
        switch (name)
        {
            case "n":
                text.Append(Number(Draw(argument, random)));
                break;
            case "m":
                text.Append('£').Append(Number(Draw(argument, random)));
                break;
            case "p":
                text.Append(Draw(argument, random).ToString(CultureInfo.InvariantCulture)).Append('%');
                break;
            case "y":
                text.Append((year - 1 - random.Next(3)).ToString(CultureInfo.InvariantCulture));
                break;
            case "fy":
                var start = year - 2 - random.Next(3);
                text.Append(start.ToString(CultureInfo.InvariantCulture)).Append('/').Append(((start + 1) % 100).ToString("00", CultureInfo.InvariantCulture));
                break;
            case "pick":
                var choices = argument.ToString().Split('|');
                text.Append(random.Pick(choices));
                break;
            default:
                text.Append('{').Append(slot).Append('}');
                break;
        }
    }

    private static long Draw(ReadOnlySpan<char> range, LetterRandom random)
    {
        var dash = range.IndexOf('-');
        var low = long.Parse(range[..dash], CultureInfo.InvariantCulture);
        var high = long.Parse(range[(dash + 1)..], CultureInfo.InvariantCulture);
        return random.Between(low, high);
    }

    // Letters write "1,250" and "£38,819" but "950"; four-digit counts are written both ways in real letters.
    private static string Number(long value) => value.ToString(value >= 10_000 ? "N0" : "0", CultureInfo.InvariantCulture);
}
