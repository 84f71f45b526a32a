using System.Globalization;
using System.Text.RegularExpressions;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// Decides whether a model's answer may be shown: every passage number it cites was retrieved, every quote occurs in
/// the letter it is attributed to, and it names no reference that is not one of the retrieved letters'.
/// </summary>
internal static partial class CitationCheck
{
    /// <param name="requireCitation">False for a streamed fragment, which may be a sentence with no citation of its own.</param>
    public static CheckedDraft Check(string text, PassageTable table, bool requireCitation = true)
    {
        if (requireCitation && string.IsNullOrWhiteSpace(text))
        {
            return CheckedDraft.Fail("the model's answer is empty");
        }

        // A bracket the numbering cannot read ("[1-3]", "[ref 2]") would reach the reader unchecked and unrenumbered.
        if (Brackets().Matches(text).FirstOrDefault(b => Markers().Match(b.Value).Length != b.Length) is { } odd)
        {
            return CheckedDraft.Fail($"it cites in a form FoiBot cannot read ({odd.Value})");
        }

        var cited = new List<int>();
        foreach (var number in Markers().Matches(text).SelectMany(Numbers))
        {
            if (table.Get(number) is null)
            {
                return CheckedDraft.Fail($"it cites passage {number}, which was not retrieved");
            }

            if (!cited.Contains(number))
            {
                cited.Add(number);
            }
        }

        if (requireCitation && cited.Count == 0)
        {
            return CheckedDraft.Fail("it cites no passage");
        }

        // Only a letter's own reference counts: the parser also collects reference-like words from a letter's body,
        // which is exactly where an injected "cite ref 999" would sit.
        var known = table.All.Select(p => p.Letter.Reference).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (NamedReferences(text).FirstOrDefault(r => !known.Contains(r)) is { } foreign)
        {
            return CheckedDraft.Fail($"it names reference {foreign}, which no retrieved letter has");
        }

        var quotes = new Dictionary<int, string>();
        foreach (Match quote in Quotes().Matches(text))
        {
            var words = quote.Groups["q"].Value;
            var owners = Attribution(text, quote, cited);
            var owner = owners.FirstOrDefault(n => QuotedText.OccursInNormalised(words, table.AnswerText(n)));
            if (owner == 0)
            {
                return CheckedDraft.Fail($"the quote \"{Shorten(words)}\" is not in the letter it cites");
            }

            quotes.TryAdd(owner, words.Trim());
        }

        return new CheckedDraft { Cited = cited, Quotes = quotes };
    }

    /// <summary>Rewrites the model's passage numbers as the answer's own citation numbers (1, 2... in order of citation).</summary>
    public static string Renumber(string text, IReadOnlyList<int> citedOrder) =>
        Markers().Replace(text, m => "[" + string.Join(", ", Numbers(m).Distinct().Select(n => (IndexOf(citedOrder, n) + 1).ToString(CultureInfo.InvariantCulture))) + "]");

    /// <summary>
    /// The passages a quote is attributed to: the citation right after it, else one earlier in its sentence, else any
    /// passage the answer cites.
    /// </summary>
    private static IReadOnlyList<int> Attribution(string text, Match quote, IReadOnlyList<int> cited)
    {
        var after = text[(quote.Index + quote.Length)..];
        var sentenceEnd = SentenceEnd().Match(after) is { Success: true } end ? end.Index : after.Length;
        if (Markers().Match(after[..sentenceEnd]) is { Success: true } next)
        {
            return Numbers(next).ToList();
        }

        var before = text[..quote.Index];
        var sentenceStart = Math.Max(before.LastIndexOfAny(['.', '!', '?', '\n']), 0);
        var earlier = Markers().Matches(before[sentenceStart..]).SelectMany(Numbers).ToList();
        return earlier.Count > 0 ? earlier : cited;
    }

    /// <summary>Reference-like words the text presents as references: after "ref"/"reference", or shaped like "FOI-1234".</summary>
    private static IEnumerable<string> NamedReferences(string text) =>
        ReferenceAfterWord().Matches(text).Concat(ReferenceShape().Matches(text))
            .Select(m => m.Groups["r"].Value.TrimEnd('.', ',', ';', ':', ')', ']'))
            .Where(r => r.Any(char.IsDigit));

    private static IEnumerable<int> Numbers(Match marker) =>
        marker.Groups["n"].Value.Split([',', ';'], StringSplitOptions.TrimEntries)
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1);

    private static int IndexOf(IReadOnlyList<int> list, int value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"\[(?<n>\d{1,4}(?:\s*[,;]\s*\d{1,4})*)\]")]
    private static partial Regex Markers();

    [GeneratedRegex(@"\[[^\[\]]*\d[^\[\]]*\]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"[""“](?<q>[^""“”]{2,}?)[""”]")]
    private static partial Regex Quotes();

    [GeneratedRegex(@"[.!?](?=\s|$)|\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:reference|ref)\b(?:\s+(?:no|number)\b)?\.?\s*[:#]?\s*(?<r>[A-Za-z0-9][\w/\-.]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceAfterWord();

    [GeneratedRegex(@"\b(?<r>(?:FOI|FOIA|FOISA|EIR|RFI|IR)[-/_ ]?\d[\w/\-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceShape();
}
