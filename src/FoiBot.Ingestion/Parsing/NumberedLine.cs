using System.Globalization;
using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// A line that opens a numbered item: "1.", "1 -", "Q1.", "Q.1", "Question: 1.", "(2)", "[ii]", "2a.", "Q.5a", "1(a)", a range "2. - 7." or "2 &amp; 3", or a
/// lettered sub-item "a)". <see cref="Numbers"/> is empty for a lettered sub-item.
/// </summary>
internal sealed partial record NumberedLine(IReadOnlyList<int> Numbers, string? Letter, string Rest, bool Loose)
{
    public int First => Numbers[0];

    /// <summary>"a) &amp; b)" or "a)-d)" when the line answers several lettered parts at once; null for one part.</summary>
    public string? LetterSpan { get; init; }

    /// <summary>The lettered part as an answer shows it: "a)", "a) &amp; b)", "a)-d)".</summary>
    public string? LetterLabel => Letter is null ? null : LetterSpan ?? $"{Letter.ToLowerInvariant()})";

    public bool IsSubItem => Numbers.Count == 0;

    /// <summary>Recognises a numbered line. Loose forms ("4 The equipment ...") count only when the caller expects that number next.</summary>
    public static NumberedLine? TryParse(string line, int? expectLoose = null)
    {
        // "“1) How many ...": a request quoted whole opens its quote on the first item's number. A quoted list that
        // goes on in lower case ("“(1) identify any properties ...") is another document's points, not questions.
        if (line.Length > 2 && line[0] is ('"' or '“' or '‘') && (char.IsAsciiDigit(line[1]) || line[1] == '('))
        {
            return TryParse(line[1..], expectLoose) is { Rest: [var first, ..] } quoted && char.IsUpper(first) ? quoted : null;
        }

        var m = QuestionDash().Match(line);
        if (m.Success)
        {
            return new([Int(m, "n")], null, m.Groups["rest"].Value, false);
        }

        m = LetterRange().Match(line);
        if (m.Success)
        {
            return new([Int(m, "n")], m.Groups["s"].Value, m.Groups["rest"].Value, false) { LetterSpan = Span(m) };
        }

        m = NumberRange().Match(line);
        if (m.Success)
        {
            int a = Int(m, "a"), b = Int(m, "b");
            if (b > a && b - a <= 20)
            {
                return new(Enumerable.Range(a, b - a + 1).ToArray(), null, m.Groups["rest"].Value, false);
            }
        }

        m = NumberPair().Match(line);
        if (m.Success && Int(m, "b") > Int(m, "a"))
        {
            return new([Int(m, "a"), Int(m, "b")], null, m.Groups["rest"].Value, false);
        }

        m = NumberWithLetter().Match(line);
        if (m.Success)
        {
            return new([Int(m, "n")], m.Groups["s"].Value.ToLowerInvariant(), m.Groups["rest"].Value, false) { LetterSpan = Span(m) };
        }

        m = Number().Match(line);
        if (m.Success)
        {
            return new([Int(m, "n")], null, m.Groups["rest"].Value, false);
        }

        m = BracketedRoman().Match(line);
        if (m.Success && Roman(m.Groups["r"].Value) is > 0 and var roman)
        {
            return new([roman], null, m.Groups["rest"].Value, false);
        }

        m = LetterItem().Match(line);
        if (m.Success)
        {
            return new([], m.Groups["s"].Value.ToLowerInvariant(), m.Groups["rest"].Value, false);
        }

        m = LooseNumber().Match(line);
        if (m.Success && expectLoose == Int(m, "n"))
        {
            return new([Int(m, "n")], null, m.Groups["rest"].Value, true);
        }

        return null;
    }

    /// <summary>"For Questions 1 to 3, ...", "In response to questions 2-5 ...", "For question 2 and 3, ...": the numbers one answer covers.</summary>
    public static IReadOnlyList<int> CoveredQuestions(string line)
    {
        var m = QuestionRangeAnswer().Match(line);
        if (!m.Success)
        {
            var single = QuestionAnswer().Match(line);
            return single.Success ? [Int(single, "a")] : [];
        }

        int a = Int(m, "a"), b = Int(m, "b");
        if (m.Groups["and"].Success)
        {
            return b > a ? [a, b] : [];
        }

        return b > a && b - a <= 20 ? Enumerable.Range(a, b - a + 1).ToArray() : [];
    }

    private static string? Span(Match m)
    {
        if (!m.Groups["s2"].Success)
        {
            return null;
        }

        var join = m.Groups["j"].Value.Trim() is "&" or "and" ? " & " : "-";
        return $"{m.Groups["s"].Value.ToLowerInvariant()}){join}{m.Groups["s2"].Value.ToLowerInvariant()})";
    }

    /// <summary>"i" to "x" as numbers; 0 for anything else.</summary>
    private static int Roman(string numeral) => Array.IndexOf(s_roman, numeral.ToLowerInvariant()) + 1;

    private static readonly string[] s_roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:Q|Question)\s*[.:]?\s*(?<n>\d{1,2})(?!\d)\s*[-–](?:\s+(?<rest>\S.*)|\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionDash();

    [GeneratedRegex(@"^(?:Q(?:uestion)?\s*[.:]?\s*)?\(?(?<n>\d{1,2})(?!\d)\s*\.?\s*\(?(?<s>[a-h])\)\s*(?<j>[-–&]|and|to)\s*\(?(?<s2>[a-h])\)\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LetterRange();

    [GeneratedRegex(@"^(?:Q(?:uestions?)?\s*)?\(?(?<a>\d{1,2})(?!\d)\s*[.)]?\s*(?:[-–]|to)\s*(?:Q\s*)?(?<b>\d{1,2})(?!\d)\s*[.)]?(?:\s+[-–:]?\s*|$)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberRange();

    [GeneratedRegex(@"^(?:Q(?:uestions?)?\s*)?(?<a>\d{1,2})(?!\d)\s*[.)]?\s*(?:&|and)\s*(?:Q\s*)?(?<b>\d{1,2})(?!\d)\s*[.)]?(?:\s+[-–:]?\s*|$)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPair();

    [GeneratedRegex(@"^(?:Q(?:uestion)?\s*[.:]?\s*)?\(?(?<n>\d{1,2})(?!\d)\s*\.?\s*(?:\((?<s>[a-h])\)|(?<s>[a-h])[.)]|(?<=\d)(?<s>[a-h])(?=\s+\p{Lu}))(?:\s*(?<j>&|and)\s*\(?(?<s2>[a-h])\))?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWithLetter();

    [GeneratedRegex(@"^(?:(?:Q|Question|Request)\s*[.:]?\s*(?<n>\d{1,2})(?!\d)\s*[.:)/]?|\(?(?<n>\d{1,2})(?!\d)\s*(?:[.):](?!\d)\.?|\s[-–](?=\s)))\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    // "[ii] Can these figures ...": square brackets hold a question's number, never a sub-item's letter.
    [GeneratedRegex(@"^\[(?<r>[ivx]{1,4})\]\s*(?<rest>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedRoman();

    [GeneratedRegex(@"^\(?(?<s>[a-h])[.)]\s*(?<rest>\S.*)$")]
    private static partial Regex LetterItem();

    [GeneratedRegex(@"^(?<n>\d{1,2})(?!\d)\s+(?<rest>[A-Z£<].*)$")]
    private static partial Regex LooseNumber();

    [GeneratedRegex(@"^(?:For|In (?:response|reply|answer) to|Regarding|Re|With regards? to|In relation to|In respect of)\s+(?:your\s+)?(?:questions?|Qs?)\s*(?<a>\d{1,2})\s*(?:(?<and>and|&)|to|-|–)\s*(?:question\s*|Q)?(?<b>\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionRangeAnswer();

    [GeneratedRegex(@"^(?:For|In (?:response|reply|answer|relation) to|Regarding|With regards? to|In respect of)\s+(?:your\s+)?(?:question|Q)\s*(?<a>\d{1,2})\b(?!\s*(?:and|&|to|-|–)\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionAnswer();
}
