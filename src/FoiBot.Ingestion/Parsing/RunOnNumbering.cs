using System.Globalization;
using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Numbered items run together on one line, as a web form or a letter pasted without its line breaks keeps them:
/// "Question1. What was ...? Question2. Please provide ...", "... as follows: 1) How many ...? 2) How much ...?".
/// When the numbers run 1, 2, 3 in order, each item goes on a line of its own.
/// </summary>
internal static partial class RunOnNumbering
{
    /// <summary>Bare numbers ("2) How much") split only a line this long: a whole letter or request run into one block.</summary>
    private const int RunOnLength = 300;

    public static IReadOnlyList<string> Split(IReadOnlyList<string> lines)
    {
        List<string>? split = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var cuts = lines[i].Length < 40 ? null : Cuts(lines[i]);
            if (cuts is null)
            {
                split?.Add(lines[i]);
                continue;
            }

            split ??= [.. lines.Take(i)];
            var from = 0;
            foreach (var cut in cuts.Append(lines[i].Length))
            {
                var part = lines[i][from..cut].Trim();
                if (part.Length > 0)
                {
                    split.Add(part);
                }

                from = cut;
            }
        }

        return split ?? lines;
    }

    /// <summary>Where each item of a run numbered from 1 starts, when the line holds two at least; null otherwise.</summary>
    private static List<int>? Cuts(string line)
    {
        // Most lines hold no "Q": the labelled pattern runs only on those that do.
        var cuts = line.Contains('Q', StringComparison.Ordinal) ? InOrder(Labelled().Matches(line)) : [];
        if (cuts.Count < 2 && line.Length >= RunOnLength)
        {
            cuts = InOrder(AfterSentence().Matches(line));
        }

        return cuts.Count >= 2 ? cuts : null;
    }

    /// <summary>The matches numbered 1, 2, 3 ... in order; a number out of turn ("for Question1" inside item 2) is text.</summary>
    private static List<int> InOrder(MatchCollection matches)
    {
        var cuts = new List<int>();
        foreach (Match m in matches)
        {
            if (int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) == cuts.Count + 1)
            {
                cuts.Add(m.Index);
            }
        }

        return cuts;
    }

    // "Question1. What", "Q2) How", "Question 3: Please": the word says an item starts, wherever it stands.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:Question|Q)\s*(?<n>\d{1,2})\s*[.:)\-–]\s*(?=[\p{Lu}\d“""])")]
    private static partial Regex Labelled();

    // "... as follows: 1) How many ...? 2) How much": a bare number counts only after the end of a sentence.
    [GeneratedRegex(@"(?<=[.?!:;]\s+|\?)(?<n>\d{1,2})[.)]\s+(?=\p{Lu})")]
    private static partial Regex AfterSentence();
}
