using System.Text.RegularExpressions;

namespace FoiBot.Evaluation;

/// <summary>
/// Decides whether a cited quote is a sentence that answers, for the "useful quotes" figure. It is a measuring
/// instrument, not part of the engine: fixed word lists and counts, no scoring, the same verdict every run. Text is
/// compared in lower case with runs of whitespace as one space; leading bullets, quote marks and list numbers
/// ("1.", "a)") are ignored. The rules, in the order they are tried:
/// <list type="number">
/// <item><b>Short answer</b> → <see cref="QuoteKind.Answer"/>: a quote of under three words that is a plain answer
/// ("Yes.", "No", "Not held.", "Not used.", "None", "Nil", "N/A") or holds a figure ("12", "£4,250") that is not a
/// numbered heading ("Question 1", "Part 2").</item>
/// <item><b>Label or heading</b> → <see cref="QuoteKind.Label"/>: any other quote of under three words
/// ("Response", "Further information"); one with no letter or digit; one ending with ':' ("Our response is as
/// follows:"); one in capitals throughout of at most eight words ("ADVICE AND ASSISTANCE"); a table row of headings
/// (two or more cells split by '|', each of at most four words, no digit: "Complaint | Damp | Mould | Total"); or a
/// form field
/// "label: value" whose label starts with a form word (date, reference, ref, request id/number/received, case,
/// subject, title, name, address, e-mail, telephone, department, team, FOI, EIR, of at most five words) and whose
/// value has at most six words ("Date request received: 5 March 2024", "Our ref: FOI 123").</item>
/// <item><b>Opener or procedure</b> → <see cref="QuoteKind.Opener"/>: starts with one of
/// <see cref="OpenerStarts"/> ("Thank you for your request", "Please find below", "If you are dissatisfied",
/// "Yours sincerely").</item>
/// <item><b>Echo</b> → <see cref="QuoteKind.Echo"/>: ends with '?'; or is, word for word, part of the cited
/// passage's question; or starts like a question or request (<see cref="AskingStarts"/>: "how many", "does",
/// "please provide", "I would like") and at least 80% of its content words are words of that question (content
/// words: letters or digits, two characters or more, not in a short stop list, a final 's' dropped from words over
/// three letters). A statement that restates the question ("The Council does use ANPR cameras") is an answer.</item>
/// <item>Anything else → <see cref="QuoteKind.Answer"/>.</item>
/// </list>
/// </summary>
public static partial class QuoteJudge
{
    /// <summary>Replies that answer in a word or two.</summary>
    public static readonly IReadOnlyList<string> ShortAnswers =
        ["yes", "no", "none", "nil", "zero", "nothing", "never", "n/a", "not held", "not used", "not known", "not applicable", "not recorded"];

    /// <summary>Words that, followed by a number, make a heading rather than a figure.</summary>
    public static readonly IReadOnlyList<string> HeadingWords = ["question", "request", "part", "section", "appendix", "annex", "table", "item", "q"];

    /// <summary>First words of a form field's label.</summary>
    public static readonly IReadOnlyList<string> FormLabels =
    [
        "date", "reference", "ref", "our ref", "our reference", "your ref", "your reference", "request id", "request number", "request received", "request ref",
        "case", "subject", "title", "name", "address", "e-mail", "email", "telephone", "tel", "phone", "department", "team",
        "foi", "eir",
    ];

    /// <summary>
    /// How letters open, point to what follows, or close with procedure; a quote starting so says nothing of the answer.
    /// Starts that often run on into the answer ("I am writing to inform you that ... is not held", "Your request has
    /// been refused", "In response to your request, ...") are left out on purpose.
    /// </summary>
    public static readonly IReadOnlyList<string> OpenerStarts =
    [
        "thank you for your", "thank you for contacting", "dear ",
        "please find below", "please find attached", "please find enclosed", "please find our response",
        "please see below", "please see attached", "please see the attached", "please see our response",
        "we have received your", "we received your", "we have processed", "we have now processed", "this request has been processed", "we have considered your request",
        "this is a response", "below is our response", "our response is below", "our response is as follows",
        "the council holds the information requested and", "the answers to your questions are below",
        "if you are dissatisfied", "if you are unhappy", "if you are not satisfied", "if you are not happy",
        "if you have any", "if you wish to complain", "if you wish to make a complaint", "if you wish to request an internal review",
        "you have the right", "you can ask for an internal review", "you may ask for an internal review",
        "the supply of information", "yours sincerely", "yours faithfully", "kind regards",
    ];

    /// <summary>How a question or a request starts, as opposed to a statement.</summary>
    public static readonly IReadOnlyList<string> AskingStarts =
    [
        "how ", "what ", "which ", "when ", "where ", "who ", "whom ", "whose ", "why ",
        "do ", "does ", "did ", "is ", "are ", "was ", "were ", "has ", "have ", "had ", "can ", "could ", "would ", "will ", "should ",
        "please ", "provide ", "i would like", "i'd like", "i would be grateful", "i request", "i am requesting", "i'm requesting",
        "i wish to", "i want to", "kindly ", "confirm ", "state ", "list ", "tell me",
    ];

    private static readonly HashSet<string> s_stopWords = new(StringComparer.Ordinal)
    {
        "the", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "be", "it", "its", "this", "that",
        "these", "those", "your", "you", "me", "my", "we", "our", "us", "please", "any", "all",
    };

    /// <param name="quote">The quote as cited.</param>
    /// <param name="question">The requester's question of the passage the quote was taken from; may be empty.</param>
    public static QuoteKind Judge(string quote, string question)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(question);
        var text = Lead().Replace(Flatten(quote), "");
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return IsShortAnswer(text, words) ? QuoteKind.Answer : QuoteKind.Label;
        }

        if (IsLabel(quote, text))
        {
            return QuoteKind.Label;
        }

        if (OpenerStarts.Any(s => text.StartsWith(s, StringComparison.Ordinal)))
        {
            return QuoteKind.Opener;
        }

        return IsEcho(text, Lead().Replace(Flatten(question), "")) ? QuoteKind.Echo : QuoteKind.Answer;
    }

    private static bool IsShortAnswer(string text, string[] words)
    {
        var bare = text.TrimEnd('.', '!', ';', ',').Trim();
        if (ShortAnswers.Contains(bare, StringComparer.Ordinal))
        {
            return true;
        }

        return words.Length > 0 && text.Any(char.IsDigit) && !HeadingWords.Contains(words[0].TrimEnd('.', ':'), StringComparer.Ordinal);
    }

    private static bool IsLabel(string quote, string text)
    {
        if (!text.Any(char.IsLetterOrDigit) || text.EndsWith(':'))
        {
            return true;
        }

        var cells = text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (cells.Length >= 2 && cells.All(c => WordCount(c) <= 4) && !text.Any(char.IsDigit))
        {
            return true;
        }

        var letters = quote.Where(char.IsLetter).ToList();
        if (letters.Count > 0 && letters.All(char.IsUpper) && !quote.Any(char.IsDigit) && WordCount(text) <= 8)
        {
            return true;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var label = text[..colon].Trim();
        return WordCount(label) <= 5 && WordCount(text[(colon + 1)..]) <= 6
            && FormLabels.Any(f => label == f || label.StartsWith(f + " ", StringComparison.Ordinal));
    }

    private static bool IsEcho(string text, string question)
    {
        if (text.EndsWith('?') || (question.Length > 0 && question.Contains(text.TrimEnd('.', ';', ','), StringComparison.Ordinal)))
        {
            return true;
        }

        if (!AskingStarts.Any(s => text.StartsWith(s, StringComparison.Ordinal)))
        {
            return false;
        }

        var mine = ContentWords(text);
        var asked = ContentWords(question).ToHashSet(StringComparer.Ordinal);
        return mine.Count > 0 && mine.Count(asked.Contains) >= 0.8 * mine.Count;
    }

    private static List<string> ContentWords(string text) =>
        Word().Matches(text)
            .Select(m => m.Value)
            .Where(w => !s_stopWords.Contains(w))
            .Select(w => w.Length > 3 && w.EndsWith('s') ? w[..^1] : w)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Flatten(string text) => Space().Replace(text, " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>Bullets, quote marks and list numbers before the first word: "- ", "“", "1. ", "(a) ", "2b) ".</summary>
    [GeneratedRegex(@"^(?:[\s\-–—•*·""“”'‘’]|\(?\d{1,2}[a-z]?[.)]\s|\(?[a-z][.)]\s)+")]
    private static partial Regex Lead();

    [GeneratedRegex(@"[\p{L}\p{N}]{2,}")]
    private static partial Regex Word();
}
