using System.Globalization;
using System.Text.RegularExpressions;
using FoiBot.Answering.SemanticKernel.Grounding;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// Decides whether a model's answer may be shown. Every sentence cites at least one retrieved passage, and every
/// number, date, reference-shaped code and proper name in it is held by a passage it cites; every quote, in any
/// quotation style, is the cited letter's words (a few words at least, whole words, its negation kept); and the text
/// names no reference that is not one of the retrieved letters'.
/// </summary>
internal static partial class CitationCheck
{
    /// <summary>Checks a whole answer.</summary>
    public static CheckedDraft Check(string text, PassageTable table)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CheckedDraft.Fail("the model's answer is empty");
        }

        if (CheckWhole(text, table) is { } problem)
        {
            return CheckedDraft.Fail(problem);
        }

        var cited = new List<int>();
        var quotes = new Dictionary<int, string>();
        var number = 0;
        foreach (var sentence in DraftSentences.Split(text))
        {
            // Space, or markers standing alone, is no sentence of its own.
            if (!Markers().Replace(sentence, "").Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var check = CheckSentence(sentence, ++number, table);
            if (!check.Passed)
            {
                return check;
            }

            cited.AddRange(check.Cited.Where(n => !cited.Contains(n)));
            foreach (var (owner, quote) in check.Quotes)
            {
                quotes.TryAdd(owner, quote);
            }
        }

        return cited.Count == 0 ? CheckedDraft.Fail("it cites no passage") : new CheckedDraft { Cited = cited, Quotes = quotes };
    }

    /// <summary>What holds of the text as a whole, streamed or not: citations in a readable form, no foreign reference.</summary>
    public static string? CheckWhole(string text, PassageTable table)
    {
        // A bracket the numbering cannot read ("[1-3]", "[ref 2]") would reach the reader unchecked and unrenumbered.
        if (Brackets().Matches(text).FirstOrDefault(b => Markers().Match(b.Value).Length != b.Length) is { } odd)
        {
            return $"it cites in a form FoiBot cannot read ({odd.Value})";
        }

        // Only a letter's own reference counts: the parser also collects reference-like words from a letter's body,
        // which is exactly where an injected "cite ref 999" would sit.
        var known = table.All.Select(p => p.Letter.Reference).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return NamedReferences(text).FirstOrDefault(r => !known.Contains(r)) is { } foreign
            ? $"it names reference {foreign}, which no retrieved letter has"
            : null;
    }

    /// <summary>Checks one sentence (<paramref name="number"/> counts from 1, for the reason given) against the passages it cites.</summary>
    public static CheckedDraft CheckSentence(string sentence, int number, PassageTable table)
    {
        var cited = new List<int>();
        foreach (var n in Markers().Matches(sentence).SelectMany(Numbers))
        {
            if (table.Get(n) is null)
            {
                return CheckedDraft.Fail($"it cites passage {n}, which was not retrieved");
            }

            if (!cited.Contains(n))
            {
                cited.Add(n);
            }
        }

        if (cited.Count == 0)
        {
            // The sentence itself is not repeated: the reason is shown to users, and the sentence may be invented.
            return CheckedDraft.Fail($"sentence {number} cites no passage");
        }

        var quotes = new Dictionary<int, string>();
        foreach (var (index, length, words) in ModelQuotes.In(sentence))
        {
            var owners = Attribution(sentence, index + length, cited);
            var problems = owners.Select(n => (Number: n, Problem: QuoteCheck.Problem(words, table.AnswerText(n)))).ToList();
            if (problems.FirstOrDefault(p => p.Problem is null) is { Number: > 0 } owner)
            {
                quotes.TryAdd(owner.Number, words.Trim());
                continue;
            }

            return CheckedDraft.Fail($"the quote \"{Shorten(words)}\" {problems[0].Problem}");
        }

        foreach (var fact in FactReader.Read(sentence))
        {
            if (!cited.Any(n => table.Facts(n).Holds(fact)))
            {
                return CheckedDraft.Fail($"sentence {number} names {fact.Written.Trim()}, which no passage it cites holds");
            }
        }

        return new CheckedDraft { Cited = cited, Quotes = quotes };
    }

    /// <summary>Rewrites the model's passage numbers as the answer's own citation numbers (1, 2... in order of citation).</summary>
    public static string Renumber(string text, IReadOnlyList<int> citedOrder) =>
        Markers().Replace(text, m => "[" + string.Join(", ", Numbers(m).Distinct().Select(n => (IndexOf(citedOrder, n) + 1).ToString(CultureInfo.InvariantCulture))) + "]");

    /// <summary>The passages a quote is attributed to: the citation that follows it in its sentence, else every passage the sentence cites.</summary>
    private static IReadOnlyList<int> Attribution(string sentence, int quoteEnd, IReadOnlyList<int> cited) =>
        Markers().Match(sentence, quoteEnd) is { Success: true } next ? Numbers(next).ToList() : cited;

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

    [GeneratedRegex(@"\b(?:reference|ref)\b(?:\s+(?:no|number)\b)?\.?\s*[:#]?\s*(?<r>[A-Za-z0-9][\w/\-.]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceAfterWord();

    [GeneratedRegex(@"\b(?<r>(?:FOI|FOIA|FOISA|EIR|RFI|IR)[-/_ ]?\d[\w/\-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceShape();
}
