using System.Globalization;

namespace FoiBot.Bench;

/// <summary>"--name value" pairs for the benchmark's commands, with errors that name the option.</summary>
internal static class ArgumentReader
{
    public static Dictionary<string, string> Read(IReadOnlyList<string> args, IReadOnlySet<string> known, IReadOnlySet<string>? flags = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (flags?.Contains(name) == true)
            {
                values[name] = "true";
                continue;
            }

            if (!known.Contains(name))
            {
                throw new ArgumentException($"unknown option {name}");
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value");
            }

            values[name] = args[++i];
        }

        return values;
    }

    public static string Required(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"{name} is required");

    public static int Int(Dictionary<string, string> values, string name, int fallback, int min) =>
        values.TryGetValue(name, out var text) ? Checked(name, ParseInt(name, text), min) : fallback;

    public static double Double(Dictionary<string, string> values, string name, double fallback, double min)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new ArgumentException($"{name} must be a number of at least {min.ToString(CultureInfo.InvariantCulture)}, not {text}");
        }

        return value;
    }

    /// <summary>A comma-separated list of whole numbers, each at least 1; "10k" and "1m" are accepted.</summary>
    public static IReadOnlyList<int> Ints(Dictionary<string, string> values, string name, IReadOnlyList<int> fallback) =>
        values.TryGetValue(name, out var text)
            ? [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part => Checked(name, ParseInt(name, part), 1))]
            : fallback;

    private static int ParseInt(string name, string text)
    {
        var multiplier = 1;
        if (text.EndsWith('k') || text.EndsWith('K'))
        {
            multiplier = 1_000;
            text = text[..^1];
        }
        else if (text.EndsWith('m') || text.EndsWith('M'))
        {
            multiplier = 1_000_000;
            text = text[..^1];
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? checked(value * multiplier)
            : throw new ArgumentException($"{name} must be a whole number, not {text}");
    }

    private static int Checked(string name, int value, int min) =>
        value >= min ? value : throw new ArgumentException($"{name} must be at least {min}, not {value}");
}
