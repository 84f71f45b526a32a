using System.Text.RegularExpressions;
using FoiBot.Core.Text;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Splits a question line that carries its own answer: "... owned by your council: 2526", "... in the past 12
/// months? 18 cases", "... in place? If so, please provide a copy. Please see attached policy".
/// </summary>
internal static partial class InlineAnswerSplitter
{
    public static (string Question, string Answer) Split(string text)
    {
        // "[i] Can you provide the figures for each week. A: Our system records ...": the answer labelled after the question ends.
        if (LabelledAnswer().Match(text) is { Success: true } labelled)
        {
            return (text[..labelled.Index], text[(labelled.Index + labelled.Length)..]);
        }

        // "3. The expected repair rate (MTTR).’ I have processed your request ...": a quoted request closes and the
        // answer follows on the same line.
        if (ClosedQuote().Match(text) is { Success: true } closed)
        {
            return (text[..(closed.Index + 2)], text[(closed.Index + closed.Length)..]);
        }

        var q = text.LastIndexOf("? ", StringComparison.Ordinal);
        if (q > 0)
        {
            var question = text[..(q + 1)];
            var after = text[(q + 2)..].Trim();

            // "... each of the years specified above? [2021, 2022, 2023] Issued by financial year.": the requester's bracket qualifies the question.
            if (LeadingBracket().Match(after) is { Success: true } bracket)
            {
                question += " " + bracket.Value;
                after = after[bracket.Length..].Trim();
            }

            if (after.Length > 0 && !RequestWording().IsMatch(after))
            {
                return (question, after);
            }

            if (after.Length > 0 && AnswerAfterRequest(after) is { } answer)
            {
                return ((question + " " + after[..^answer.Length]).TrimEnd(), answer);
            }
        }

        if (StatedQuestion(text) is { } stated)
        {
            return stated;
        }

        var c = text.LastIndexOf(": ", StringComparison.Ordinal);
        if (c >= 15)
        {
            var after = text[(c + 2)..].Trim();
            if (after.Length > 0 && !after.EndsWith('?') && !(char.IsLower(after[0]) && after.Length > 60) && !RequestWording().IsMatch(after))
            {
                return (text[..c], after);
            }
        }

        return (text, "");
    }

    /// <summary>
    /// "How many have not gone over PAN but ... through appeals. This information is not held by the council.": a
    /// question written with a full stop, answered in the sentence after it.
    /// </summary>
    private static (string Question, string Answer)? StatedQuestion(string text)
    {
        if (!text.Contains(". ", StringComparison.Ordinal) || !AsksInWords().IsMatch(text))
        {
            return null;
        }

        var sentences = Sentences.Split(text);
        // A colon in the first sentence is where a "question: answer" line splits, and the sentence after is more answer.
        if (sentences.Count < 2 || !sentences[0].EndsWith('.') || sentences[0].Contains(':', StringComparison.Ordinal) || !AnswerOpening().IsMatch(sentences[1]))
        {
            return null;
        }

        var at = text.IndexOf(sentences[1], sentences[0].Length, StringComparison.Ordinal);
        return at > 0 ? (text[..at].TrimEnd(), text[at..]) : null;
    }

    /// <summary>True when text opens as an answer does: "Yes", "None", "We ...", "Please see ...".</summary>
    public static bool OpensAnswer(string text) => AnswerOpening().IsMatch(text);

    /// <summary>
    /// The request's own follow-up sentences after the question mark, then the answer in words an answer opens
    /// with: the answer, or null when the tail is all request.
    /// </summary>
    private static string? AnswerAfterRequest(string tail)
    {
        var sentences = Sentences.Split(tail);
        for (var i = 1; i < sentences.Count; i++)
        {
            if (!RequestWording().IsMatch(sentences[i]))
            {
                if (!AnswerOpening().IsMatch(sentences[i]))
                {
                    return null;
                }

                var at = tail.LastIndexOf(sentences[i], StringComparison.Ordinal);
                return at > 0 ? tail[at..] : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"[.?!)][’”]\s+(?=\p{Lu})")]
    private static partial Regex ClosedQuote();

    [GeneratedRegex(@"(?<=[.?!)’”])\s+(?:(?-i:A)|Answer|Response|Reply)\s*[:–-]\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledAnswer();

    [GeneratedRegex(@"^\[[^\]]{1,80}\]")]
    private static partial Regex LeadingBracket();

    // "To date how many schools ...": a question word among the first few.
    [GeneratedRegex(@"^(?:\S+\s+){0,3}?(?:how|what|which|when|where|who|whether)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksInWords();

    [GeneratedRegex(@"^(?:please (?:see|find|refer)\b|yes\b|no\b|none\b|nil\b|n/?a\b|not\b|we\b|our\b|the council\b|there (?:is|are|was|were)\b|this information\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerOpening();

    [GeneratedRegex(@"^(?:please (?:provide|specify|list|state|give|confirm|include|tell|send|advise|also|indicate|describe|detail|break|could|can|supply|share|let)|if\b|and\b|also\b|or\b|can\b|could\b|would\b|will\b|how\b|what\b|which\b|when\b|where\b|who\b|why\b|is\b|are\b|do\b|does\b|did\b|has\b|have\b|i\b|i'd\b|for\b|broken down\b|in each\b|including\b|ideally\b|specifically\b|e\.g\.|\()", RegexOptions.IgnoreCase)]
    private static partial Regex RequestWording();
}
