using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Items numbered with a bare number and a space ("1 How many one bedroom properties ...", "2 How many tenants
/// ..."), as letters typed without list formatting number them. A bare number alone could be a figure, so only a run
/// that counts 1, 2, 3 on successive lines is a list; its items are written "1. ..." for the layouts that read numbers.
/// </summary>
internal static partial class LooseNumberedRun
{
    public static IReadOnlyList<string> Mark(IReadOnlyList<string> lines)
    {
        List<string>? marked = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Item(lines[i]) is not { } first || first.Number != 1)
            {
                continue;
            }

            // The run: successive text lines (blank lines between them allowed) numbered 1, 2, 3 ...
            var run = new List<int> { i };
            for (var j = i + 1; j < lines.Count; j++)
            {
                if (lines[j].Length == 0)
                {
                    continue;
                }

                if (Item(lines[j]) is not { } next || next.Number != run.Count + 1)
                {
                    break;
                }

                run.Add(j);
            }

            if (run.Count < 2)
            {
                continue;
            }

            marked ??= [.. lines];
            foreach (var at in run)
            {
                var item = Item(lines[at])!.Value;
                marked[at] = $"{item.Number}. {item.Text}";
            }

            i = run[^1];
        }

        return marked ?? lines;
    }

    private static (int Number, string Text)? Item(string line)
    {
        if (line.Length < 12 || !char.IsAsciiDigit(line[0]))
        {
            return null;
        }

        var m = BareNumber().Match(line);
        return m.Success ? (int.Parse(m.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), m.Groups["rest"].Value) : null;
    }

    // A capitalised phrase of three words or more after the number: "1 There are 5 ...", never "1 April 2020".
    [GeneratedRegex(@"^(?<n>\d{1,2})\s+(?<rest>\p{Lu}[\p{Ll}']*(?:\s+\S+){2,}.*)$")]
    private static partial Regex BareNumber();
}
