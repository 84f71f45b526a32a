using System.Globalization;
using System.Text.RegularExpressions;

namespace FoiBot.Answering.SemanticKernel.Grounding;

/// <summary>
/// Reads the facts a text asserts, normalised so that a faithful restatement matches its source: thousands
/// separators and currency signs dropped ("£12,400" is 12400), dates in any common form as one key ("27 Aug 2019",
/// "27/08/2019" and "2019-08-27" alike), codes with their separators unified ("2019/20" is "2019-20").
/// </summary>
internal static partial class FactReader
{
    // Capitalised words that name nothing: sentence furniture, the law and the kinds of body every letter names.
    private static readonly HashSet<string> s_commonCapitals = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "according", "after", "all", "also", "although", "an", "and", "any", "as", "at", "because", "before", "between", "both",
        "but", "by", "during", "each", "either", "for", "from", "further", "however", "i", "if", "in", "instead", "it", "its", "neither",
        "no", "none", "nor", "not", "note", "of", "on", "only", "or", "our", "over", "overall", "please", "since", "so", "some", "that",
        "the", "their", "there", "these", "they", "this", "those", "though", "to", "under", "until", "we", "what", "when", "where",
        "whether", "which", "while", "who", "why", "how", "with", "yes", "you", "your", "he", "she", "his", "her", "one", "two", "three",
        "act", "council", "borough", "city", "county", "district", "data", "eir", "environmental", "foi", "foia", "foisa", "freedom",
        "information", "letter", "letters", "passage", "passages", "protection", "question", "questions", "ref", "reference",
        "regulations", "request", "requests", "response", "section", "sections", "uk", "answer", "answers", "foibot",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly string[] s_months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static IReadOnlyList<Fact> Read(string text)
    {
        var facts = new List<Fact>();
        var rest = Markers().Replace(text, " ");
        rest = Take(rest, FullDate(), m => Date(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value), FactKind.Date, facts);
        rest = Take(rest, MonthFirstDate(), m => Date(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value), FactKind.Date, facts);
        rest = Take(rest, NumericDate(), m => NumericDateKey(m), FactKind.Date, facts);
        rest = Take(rest, IsoDate(), m => $"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}", FactKind.Date, facts);
        rest = Take(rest, MonthYear(), m => MonthKey(m.Groups["m"].Value, m.Groups["y"].Value), FactKind.Month, facts);
        rest = Take(rest, Code(), m => CodeKey(m.Value), FactKind.Code, facts);
        rest = Take(rest, Number(), m => NumberKey(m.Value), FactKind.Number, facts);
        facts.AddRange(Names(rest));
        return facts;
    }

    /// <summary>The facts a passage could support: everything <see cref="Read"/> finds in it, plus each date's month and every number inside a date or code.</summary>
    public static HashSet<string> Keys(string text)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in Read(text))
        {
            keys.Add(Key(fact));
            if (fact.Kind == FactKind.Date)
            {
                keys.Add(Key(new Fact(FactKind.Month, fact.Written, fact.Key[..7])));
            }
        }

        foreach (Match number in Number().Matches(Markers().Replace(text, " ")))
        {
            keys.Add(Key(new Fact(FactKind.Number, number.Value, NumberKey(number.Value))));
        }

        return keys;
    }

    public static string Key(Fact fact) => $"{fact.Kind}:{fact.Key}";

    private static string Take(string text, Regex pattern, Func<Match, string?> key, FactKind kind, List<Fact> facts) =>
        pattern.Replace(text, m =>
        {
            if (key(m) is { } k)
            {
                facts.Add(new Fact(kind, m.Value, k));
            }

            return " ";
        });

    private static IEnumerable<Fact> Names(string text)
    {
        foreach (Match word in Capitalised().Matches(text))
        {
            var value = NameKey(word.Value);
            if (!s_commonCapitals.Contains(value) && !SentenceStart(text, word.Index))
            {
                yield return new Fact(FactKind.Name, word.Value, value);
            }
        }
    }

    /// <summary>A name as compared: lower case, without a possessive or an acronym's plural ("Barnet's", "CCTVs").</summary>
    public static string NameKey(string word)
    {
        var value = word.TrimEnd('\'', '’');
        if (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("’s", StringComparison.Ordinal))
        {
            value = value[..^2];
        }
        else if (value.Length > 2 && value[^1] == 's' && value[..^1].All(char.IsUpper))
        {
            value = value[..^1];
        }

        return value.ToLowerInvariant();
    }

    /// <summary>A capital after a stop, a colon, an opening bracket or quote, or at the very start, is the sentence's and says nothing.</summary>
    private static bool SentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '\'' or '‘' or '(' or '*' or '«'))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or ';';
    }

    private static string? Date(string day, string month, string year) =>
        MonthNumber(month) is { } m && int.TryParse(day, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31
            ? $"{year}-{m:00}-{d:00}"
            : null;

    private static string? MonthKey(string month, string year) => MonthNumber(month) is { } m ? $"{year}-{m:00}" : null;

    private static string? NumericDateKey(Match m)
    {
        var year = m.Groups["y"].Value;
        year = year.Length == 2 ? "20" + year : year;
        return int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) is var month && month is >= 1 and <= 12
            && int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) is var day && day is >= 1 and <= 31
            ? $"{year}-{month:00}-{day:00}"
            : null;
    }

    private static int? MonthNumber(string name)
    {
        var index = Array.IndexOf(s_months, name[..Math.Min(3, name.Length)].ToLowerInvariant());
        return index < 0 ? null : index + 1;
    }

    private static string CodeKey(string code) => CodeSeparators().Replace(code.ToLowerInvariant(), "-");

    private static string NumberKey(string number)
    {
        var plain = number.TrimStart('£', '$', '€').Replace(",", "", StringComparison.Ordinal);
        return plain.Contains('.', StringComparison.Ordinal) ? plain.TrimEnd('0').TrimEnd('.') : plain.TrimStart('0') is { Length: > 0 } t ? t : "0";
    }

    [GeneratedRegex(@"\[\d{1,4}(?:\s*[,;]\s*\d{1,4})*\]")]
    private static partial Regex Markers();

    private const string MonthName = @"(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @"\.?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b" + MonthName + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirstDate();

    [GeneratedRegex(@"\b(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>(?:19|20)?\d{2})\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + MonthName + @"\.?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    // A word holding digits and letters, or digits joined by a slash or dash: "FOI-1234", "IAR609099", "2019/20".
    [GeneratedRegex(@"\b(?=[\w/\-]*\d)(?=[\w/\-]*[A-Za-z/\-])(?![\d,.]+\b)[A-Za-z0-9]+(?:[/\-_][A-Za-z0-9]+)*\b")]
    private static partial Regex Code();

    [GeneratedRegex(@"[/\-_ ]+")]
    private static partial Regex CodeSeparators();

    [GeneratedRegex(@"[£$€]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[£$€]?\d+(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:[A-Z][a-z]+(?:['’-][A-Za-z]+)*|[A-Z]{2,}s?)\b")]
    private static partial Regex Capitalised();
}
