using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// The layout with no numbers: each question stands on a line of its own (it ends with a question mark, or asks as a
/// request does: "Please provide ...", "How many staff ...") and the lines under it, up to the next question, answer
/// it; questions all listed first share the one answer below them. A question ending with a colon keeps the list of
/// items under it.
/// </summary>
internal static partial class QuestionLineLayout
{
    /// <param name="explicitRequest">Whether a line such as "You asked:" opened the request, so that what stands before the first question is the requester's preamble; otherwise only a title, dates and short headings may.</param>
    public static List<DraftPair> Assemble(IReadOnlyList<string> lines, bool explicitRequest)
    {
        var first = FirstQuestion(lines, explicitRequest);
        if (first < 0)
        {
            return [];
        }

        var pairs = new List<DraftPair>();
        DraftPair? current = null;
        var listing = false;
        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || LineRules.IsRequestClosing(line))
            {
                continue;
            }

            if (current is not null && !current.HasAnswer && ((listing && IsListItem(line)) || RequestLines.IsAside(line) || ContinuesQuestion(current.Question, line)))
            {
                current.Question += "\n" + line;
                continue;
            }

            if (IsQuestion(line))
            {
                current = new DraftPair(null, line);
                pairs.Add(current);
                listing = line.EndsWith(':');
                continue;
            }

            listing = false;
            current?.Answer.Add(line);
        }

        return pairs.Exists(p => p.HasAnswer) ? InlineLayout.ShareLoneAnswer(pairs) : [];
    }

    /// <summary>
    /// A line that asks: it ends with a question mark, or opens as a request or a question does, is no sentence the
    /// authority would end with a full stop, and is longer than a letterhead's "Please ask for: J Smith".
    /// </summary>
    public static bool IsQuestion(string line) =>
        (line.EndsWith('?') || (Words(line) >= 5 && (Asks(line) || (Interrogative().IsMatch(line) && (!line.EndsWith('.') || IsInverted(line))))))
        && !InlineAnswerSplitter.OpensAnswer(line)
        && NumberedLine.TryParse(line) is null;

    /// <summary>
    /// "How much did the council sell the timber for.", "Why are the council working at night.": a question word with
    /// its verb put before the subject asks, whatever mark a requester typed at its end; the authority's sentences
    /// that open with such a word ("Where the council holds ...", "When a tree is felled ...") do not invert.
    /// </summary>
    private static bool IsInverted(string line) => line.Length <= 200 && InvertedQuestion().IsMatch(line);

    [GeneratedRegex(@"^(?:How (?:many|much)(?:\s+\w+){0,2}|How (?:often|long)|Why|What|Which|Who|When|Where)\s+(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could)\s", RegexOptions.IgnoreCase)]
    private static partial Regex InvertedQuestion();

    private static int Words(string line) => line.AsSpan().Count(' ') + 1;

    /// <summary>The first question, when what stands before it is a preamble: the requester's, or a title, dates and headings.</summary>
    private static int FirstQuestion(IReadOnlyList<string> lines, bool explicitRequest)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            // "Please send me:" over more preamble or over questions introduces them; an ask ending with a colon over
            // a list of items is the question ("... can you please provide:" / "Total agency spend").
            if (IsQuestion(line) && (!IsIntroduction(line) || RequestLines.AnnouncesList(line) || ListFollows(lines, i)))
            {
                return i;
            }

            if (!explicitRequest && !IsHeading(line) && !Acknowledges(line))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool ListFollows(IReadOnlyList<string> lines, int at)
    {
        var next = lines.Skip(at + 1).FirstOrDefault(l => l.Length > 0);
        return next is not null && IsListItem(next) && !IsIntroduction(next);
    }

    /// <summary>"... at the end of 31st" / "May 2015?": the end of a question broken over two lines, which does not open as a question does.</summary>
    public static bool EndsQuestion(string line) => line.EndsWith('?') && !Asks(line) && !Interrogative().IsMatch(line);

    /// <summary>"How many ... operating in public" / "were involved in collisions?": a question broken over two lines.</summary>
    private static bool ContinuesQuestion(string question, string line) =>
        !".?!:".Contains(question[^1], StringComparison.Ordinal) && (char.IsLower(line[0]) || EndsQuestion(line));

    /// <summary>An item of a list a question announces: a phrase, not a sentence, and no answer ("Total hours filled by agencies").</summary>
    private static bool IsListItem(string line) =>
        line.Length <= 200 && !line.EndsWith('.') && !char.IsDigit(line[0]) && !InlineAnswerSplitter.OpensAnswer(line) && !IsQuestion(line);

    private static bool IsIntroduction(string line) => line.EndsWith(':') || line.EndsWith('-') || line.EndsWith('–') || line.EndsWith(';');

    /// <summary>
    /// "Further to your request received on 24/06/2025, I confirm that ... has now considered your request": the
    /// acknowledgement above a request restated in the letter, which neither asks nor answers.
    /// </summary>
    private static bool Acknowledges(string line) => Acknowledgement().IsMatch(line) && !line.EndsWith('?');

    /// <summary>A title, a date or a short heading: no sentence of the letter.</summary>
    private static bool IsHeading(string line) => line.Length <= 100 && !line.EndsWith('.');

    private static bool Asks(string line) => PoliteAsk().IsMatch(line) || (line.EndsWith(':') && AskBeforeList().IsMatch(line));

    [GeneratedRegex(@"^(?:please\b(?!\s+(?:see|find|refer|note|be\b|contact|do\b|don't|quote|remember|accept|feel|let|ask\s+for))|could you|can you|would you|i would (?:also )?like|i'd like|i would (?:also )?be grateful|i (?:wish|want) to (?:know|request|ask))", RegexOptions.IgnoreCase)]
    private static partial Regex PoliteAsk();

    // "For the last quarter, can you please provide:": the ask stands after a qualifier, before the list it announces.
    [GeneratedRegex(@"\b(?:can|could|would) you (?:please )?(?:provide|tell|confirm|send|supply|advise|list|give|state)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskBeforeList();

    [GeneratedRegex(@"\byour (?:\w+ )?(?:request|e-?mail|letter|enquiry|query)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Acknowledgement();

    [GeneratedRegex(@"^(?:how|what|which|when|where|who|whom|whose|why|whether|does|do|did|is|are|was|were|has|have|had|can|could|will|would|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Interrogative();
}
