using System.Text.RegularExpressions;
using FoiBot.Core.Text;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Reads a letter with no headings, numbers or acknowledgement to say where the request is by who speaks in each
/// line. The requester asks in the first person singular and addresses the body ("I would like", "could you
/// confirm", "all reports you hold", "does your council ...?"); the authority answers in its own voice and
/// addresses the requester ("we do not hold", "your request", "the information you requested", "section 12",
/// "exempt"). The first run of requester lines is the question, and what follows from the first authority line after
/// it is the answer; the authority's lines before the run (thanks, the case number) are neither.
/// </summary>
internal static partial class VoiceLayout
{
    /// <summary>Longer than a paragraph a letter prints as one line: the page's text was saved as one run.</summary>
    private const int LongLine = 600;

    private enum Voice
    {
        Neither,
        Requester,
        Authority,
    }

    public static DraftPair? TryAssemble(IReadOnlyList<string> body)
    {
        var lines = body.Where(l => l.Length > 0).ToList();
        var units = Units(lines);
        var voices = units.Select(u => Of(u.Text)).ToList();
        var start = voices.IndexOf(Voice.Requester);
        if (start < 0)
        {
            return null;
        }

        var end = voices.IndexOf(Voice.Authority, start + 1);
        if (end < 0)
        {
            return null;
        }

        // A request quoted at the foot of a letter that has already answered is no request the rest answers.
        var before = voices.Take(start).Count(v => v == Voice.Authority);
        var after = voices.Skip(end).Count(v => v == Voice.Authority);
        if (after < before)
        {
            return null;
        }

        var asked = units[start..end];
        var question = string.Join("\n", asked.GroupBy(u => u.Line).Select(g => string.Join(" ", g.Select(u => u.Text))));
        var pair = new DraftPair(null, question);
        var (line, at) = (units[end].Line, units[end].At);
        pair.Answer.Add(lines[line][at..]);
        pair.Answer.AddRange(lines.Skip(line + 1));
        return pair;
    }

    /// <summary>
    /// "Please could you advise the spend for these periods:" / "2006" / "2007" / "Please outline any framework in
    /// place.": lines a request introduces with a colon, in which the authority never speaks, are the request's list and
    /// not an answer, when another unnumbered question follows them; the two questions are one request.
    /// </summary>
    public static void JoinListedRequests(List<DraftPair> drafts)
    {
        for (var i = drafts.Count - 2; i >= 0; i--)
        {
            var (listed, next) = (drafts[i], drafts[i + 1]);
            if (listed.Number is null && next.Number is null && listed.Question.TrimEnd().EndsWith(':') && listed.HasAnswer
                && !listed.Answer.Exists(l => l.Length > 0 && (Of(l) == Voice.Authority || InlineAnswerSplitter.OpensAnswer(l))) && Of(next.Question.Split('\n')[0]) == Voice.Requester)
            {
                next.Question = string.Join("\n", listed.Answer.Where(l => l.Length > 0).Prepend(listed.Question).Append(next.Question));
                drafts.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// What voices are read in: each line, or each sentence of a long line (a page whose text was saved as one run,
    /// the request and the reply in it).
    /// </summary>
    private static List<(string Text, int Line, int At)> Units(List<string> lines)
    {
        var units = new List<(string, int, int)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length <= LongLine)
            {
                units.Add((lines[i], i, 0));
                continue;
            }

            var from = 0;
            foreach (var sentence in Sentences.Split(lines[i]))
            {
                var at = lines[i].IndexOf(sentence, from, StringComparison.Ordinal);
                at = at < 0 ? from : at;
                units.Add((sentence, i, at));
                from = at + sentence.Length;
            }
        }

        return units;
    }

    /// <summary>Whose voice a line is in; where both speak in one line, the one heard first.</summary>
    private static Voice Of(string line)
    {
        var asks = Asks(line);
        var answers = Answers().Match(line);
        if (asks < 0)
        {
            return answers.Success ? Voice.Authority : Voice.Neither;
        }

        return answers.Success && answers.Index < asks ? Voice.Authority : Voice.Requester;
    }

    /// <summary>Where the requester's voice is first heard in the line, or -1.</summary>
    private static int Asks(string line)
    {
        if (Requests().Match(line) is { Success: true } request)
        {
            return request.Index;
        }

        // "How many ... does the force hold?": a question the requester put, however the letter quotes it.
        var text = line.TrimEnd('’', '”', '"', '\'', ' ');
        return text.EndsWith('?') && Interrogative().IsMatch(line) ? 0 : -1;
    }

    [GeneratedRegex(@"\bI(?:'m|’m| am) (?:requesting|writing to (?:request|ask|pose|make)|seeking|making a (?:request|freedom))\b|\bI(?:'d|’d| would| should) (?:like|be grateful|appreciate)\b|\bI(?:'m|’m| am) interested in\b|\bI (?:hereby )?(?:request|submit|wish to|want to)\b|\bmy request (?:is|was)\b|\b(?:could|can|would|will) you (?:please |kindly )?(?:provide|tell|confirm|send|supply|advise|give|list|let me|state|detail|outline|share|inform|explain|forward|disclose)\b|^(?:please|kindly)\s+(?:could|can|would|provide|tell|send|supply|confirm|advise|list|give|state|detail|outline|disclose|include|explain|forward)\b|\bplease (?:provide|supply|send me|tell me|disclose)\b|\b(?:you|your (?:council|authority|organi[sz]ation|force|trust|department|office|service|university|board|body))\s+(?:hold|holds|keep|keeps|employ|employs|spend|spent|own|owns|operate|operates)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Requests();

    [GeneratedRegex(@"^\W*(?:how|what|which|when|where|who|whom|why|whether|does|do|did|is|are|was|were|has|have|had|can|could|would|will|in which|and why|and how)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Interrogative();

    [GeneratedRegex(@"\bwe (?:hold|have|had|do|did|are|were|can|cannot|can't|can’t|could|will|would|confirm|therefore|estimate|consider|believe|received|apologi[sz]e|hope|note|may|must|only|also|don't|don’t|regret|attach|enclose|searched|found|identified|located|checked|consulted|contacted|record|keep|publish|provide|provided|understand)\b|\bour (?:records?|systems?|searches|search|response|website|reply|ref|reference|policy|data|team)\b|\byour (?:request|e-?mail|letter|enquiry|query|questions?)\b|\byou (?:have )?(?:requested|asked|sought)\b|\brequested information\b|\b(?:not held|does not hold|do not hold|doesn['’]t hold|don['’]t hold|no (?:recorded )?information|neither confirms? nor den(?:y|ies))\b|\bsection \d|\bexempt(?:ion|ed)?\b|\bexcluded from\b|\bI can (?:confirm|advise|inform)\b|\bI am writing to (?:advise|inform|confirm)\b|\bplease (?:find|see) (?:attached|below|enclosed|the attached)\b|\bholds? (?:this|the|some|any|no|all) (?:of the )?information\b|\bI (?:apologi[sz]e|hope this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Answers();
}
