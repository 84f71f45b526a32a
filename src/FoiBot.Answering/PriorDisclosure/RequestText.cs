using System.Text.RegularExpressions;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>
/// Readies a pasted request for splitting: restores the line breaks that flattened disclosure-log pages lose, drops
/// the page's own text (titles, dates, "Outcome / Documents", download links) and cuts the sign-off.
/// </summary>
internal static partial class RequestText
{
    public static string Prepare(string request)
    {
        var text = request.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        text = GluedSentence().Replace(text, "\n");
        text = GluedDashList().Replace(text, m => m.Value.Replace(":-", ":\n-", StringComparison.Ordinal));
        text = string.Join('\n', text.Split('\n').Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[..2] + FlattenedDash().Replace(l[2..], "\n- ") : l));
        text = Furniture().Replace(text, "");
        var signOff = SignOff().Match(text);
        return signOff.Success ? text[..signOff.Index] : text;
    }

    /// <summary>Whether a line is the requester's closing words (offers of clarification, deadlines, formats, thanks), not a question.</summary>
    public static bool IsClosing(string line) => Closing().IsMatch(line);

    public static bool IsGreeting(string line) => Greeting().IsMatch(line);

    // A sentence run into the next with no space ("...records.Please provide", "...area?If the information") is a
    // line break the page lost; "e.g." and "U.K." are not, as their letter before the stop is not a word's end.
    [GeneratedRegex(@"(?<=[a-z)\d]{2}[.?!:])(?=[A-Z][a-z])")]
    private static partial Regex GluedSentence();

    // "Specifically, I request:- Administrative costs (...)- Public services spending": a dash list on one line.
    [GeneratedRegex(@":-[ \t][^\n]*")]
    private static partial Regex GluedDashList();

    // Within a dash list's line: "...(salaries)- Payments": a dash after a word, then a capital.
    [GeneratedRegex(@"(?<=\S)-[ \t]+(?=[A-Z])")]
    private static partial Regex FlattenedDash();

    // Lines a disclosure-log or WhatDoTheyKnow page adds around the request. The leading blanks are taken at once
    // (atomic groups), so a long run of them costs its length, not its square.
    [GeneratedRegex("""
        ^(?>[ \t]*)(?>(?:[-*\u2022][ \t]*)?)(?:
            [^\n]*[ \t]-[ \t](?:application|text|image)/[\w.+-]+[ \t]-[ \t]*Download
          | Outcome(?:[ \t]*/[ \t]*Documents)? | Documents | Rate[ \t]this[ \t]page\??
          | \**Received:[^\n]* | Freedom[ \t]of[ \t]Information[ \t]Request | Request[ \t]?Date[^\n]* | Requested[ \t]?by[^\n]*
          | Response(?:[ \t]date:?[^\n]*)? | Decision | Request(?:[ \t]Description|[ \t]\d+)? | Subject: | Reference:?[ \t]*\S*
          | Please[ \t]respond[ \t]within[ \t]\d+[ \t]working[ \t]days\.?
        )[ \t]*$
        """, RegexOptions.Multiline | RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^[ \t]*(?:yours (?:faithfully|sincerely|truly)|(?:kind|best|warm) regards|regards|(?:many )?thanks|thank you|best wishes|all the best|cheers)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    [GeneratedRegex("""
        ^[ \t]*(?:
            if[ \t]you[ \t](?:require|need|have)[ \t]any[ \t](?:further[ \t])?(?:clarification|questions|queries)
          | if[ \t]you[ \t](?:are[ \t]unable|cannot|can[ \t]not)[ \t]
          | if[ \t]the[ \t]information[ \t]for[ \t]any[ \t]
          | please[ \t](?:do[ \t]not[ \t]hesitate|let[ \t]me[ \t]know[ \t]if|respond[ \t]within|note[ \t]that|email[ \t]me[ \t]the[ \t]information|provide[ \t]th(?:is|e)[ \t]information[ \t]in[ \t])
          | (?:although[ \t])?i[ \t]understand[ \t]that[ \t]i[ \t]am[ \t]entitled
          | i[ \t]look[ \t]forward | thank[ \t]you
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^\s*(?:dear\b|to whom it may concern|hello\b|hi\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();
}
