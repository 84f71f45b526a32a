using System.Text.RegularExpressions;

namespace FoiBot.Core.Text;

/// <summary>
/// Sentences of text whose lines were wrapped at a fixed width, as text taken from a PDF is: "For the year 2018/19
/// there" / "were 187 crimes". A line is joined to the next when it cannot end there: it stops without a full stop,
/// colon or semicolon, and the next line goes on in lower case or the line ends on a word no sentence ends with
/// ("under", "the", "of"). Lists, table rows and headings keep their lines: each starts a capital or a figure after a
/// line that could end.
/// </summary>
public static partial class WrappedProse
{
    /// <summary>A wrapped line is a long one: a short line is a heading, label or list item even when it lacks a stop.</summary>
    private const int ShortestWrappedLine = 25;

    public static IReadOnlyList<string> Sentences(string text) => Text.Sentences.Split(Unwrap(text));

    /// <summary>The text with wrapped lines joined by a space; other line breaks kept.</summary>
    public static string Unwrap(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        var joined = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            joined.Append(line);
            if (i + 1 < lines.Length)
            {
                joined.Append(GoesOn(line, lines[i + 1]) ? ' ' : '\n');
            }
        }

        return joined.ToString();
    }

    private static bool GoesOn(string line, string next)
    {
        var end = line.TrimEnd();
        var start = next.TrimStart();
        if (end.Length < ShortestWrappedLine || start.Length == 0 || Stop().IsMatch(end))
        {
            return false;
        }

        return char.IsLower(start[0]) || OpenEnding().IsMatch(end);
    }

    [GeneratedRegex(@"[.!?:;]['’”""]?\)?$")]
    private static partial Regex Stop();

    // Words a sentence does not end on: articles, prepositions, conjunctions and auxiliaries left at a line's end; a
    // month, whose year is on the next line ("received on the 30 January" / "2015."); a day, whose month is ("from 1st" /
    // "January 2013"); and a word whose number is ("falls within section" / "14(1) of the FOIA").
    [GeneratedRegex(@"\b(?:the|a|an|of|to|and|or|for|in|on|at|by|with|under|from|that|which|is|are|was|were|be|been|has|have|had|would|will|not|as|this|these|their|our|its|your|any|all|per|than|January|February|March|April|May|June|July|August|September|October|November|December|sections?|subsection|regulations?|paragraph|schedule|article|\d{1,2}(?:st|nd|rd|th))$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenEnding();
}
