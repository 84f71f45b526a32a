using System.Text.RegularExpressions;

namespace FoiBot.Answering;

/// <summary>
/// Sentences of an answer that are not themselves the answer: the requester's question echoed back, an opener that
/// only announces what follows ("Please find the information requested below:"), procedure, a public-interest
/// argument, a pointer to an attachment, or a bare heading or label.
/// </summary>
internal static partial class NonAnswers
{
    public static bool Is(string sentence) => IsEcho(sentence) || IsOpener(sentence) || IsProcedural(sentence) || IsLabel(sentence);

    /// <summary>The requester's own words: a question, a numbered question line, or a request ("Please provide ...").</summary>
    /// <remarks>"(1) A copy of any agreements ... - None" repeats the request only to answer it after the dash.</remarks>
    public static bool IsEcho(string sentence) =>
        (sentence.TrimEnd().EndsWith('?') || Echo().IsMatch(sentence) || Asking().IsMatch(sentence)) && !YesNoCues.AnswersAfterADash(sentence);

    // "For the period ending January 2025, can you please provide:": a request wherever it starts.
    // "Under the Act, I would like to request the total number of ...", "All reports you hold in connection with ...",
    // "2. How frequently": a numbered line that asks.
    [GeneratedRegex(@"^\W*\d{1,2}[a-z]?[.)]\s+(?:how|what|when|where|who|which|why|does|do|did|is|are|was|were|has|have|can|could|will|would)\b|\b(?:can|could|would) you (?:please )?(?:provide|confirm|tell|state|indicate|supply|list|send|share|advise)\b|\bI (?:would like|wish|want|am writing) to (?:request|know|ask|obtain|see|receive|make a request)\b|\bI am (?:requesting|asking for|seeking)\b|\bplease (?:also )?(?:provide|prioriti[sz]e|supply|send me|break (?:this|it|them) down)\b|\b(?:that|which) you (?:hold|have held|keep|have recorded)\b|\byou hold (?:in|on|about|relating|regarding|concerning)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Asking();

    /// <summary>A line that only announces the answer: it ends in a colon, or says the answer is below or follows.</summary>
    /// <remarks>"A total of 7 bids were made, detailed below:" gives its figure before the colon, so is no mere opener.</remarks>
    public static bool IsOpener(string sentence) =>
        (sentence.TrimEnd().EndsWith(':') && !QuoteSelector.HasFigure(sentence)) || Opener().IsMatch(sentence);

    /// <remarks>
    /// "Your request has been handled under the Act and I can today confirm that our searches identified nine letters"
    /// opens with procedure but goes on to answer, so it is no mere procedure.
    /// </remarks>
    public static bool IsProcedural(string sentence) => IsProceduralFor(sentence, QuestionForm.Other);

    /// <summary>
    /// Procedure but for a "why" question: the public-interest test and the harm disclosure would do are the reasons a
    /// refusal gives, so they answer "why did they refuse?" though no other question.
    /// </summary>
    public static bool IsProceduralFor(string sentence, QuestionForm form) =>
        (Procedural().IsMatch(sentence) || GeneralLaw.Is(sentence) || (form != QuestionForm.Reason && HarmArgument().IsMatch(sentence)))
        && !GoesOnToAnswer().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:handled|processed|dealt with) (?:under|in accordance)\b.*\band (?:I|we) (?:can )?(?:today |now |also )?confirm that\b(?!.*\bconsidered\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GoesOnToAnswer();

    /// <summary>A heading or label: a few words with no figure and no verdict word ("Retrieved data", "Q3.").</summary>
    public static bool IsLabel(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 && !sentence.Any(char.IsDigit) && !ShortAnswer().IsMatch(sentence) && !sentence.TrimEnd().EndsWith('.')
            || IsTitle(sentence);
    }

    /// <summary>A label no answer could be: a question's number ("Answer to Question 4:") or a title in capitals.</summary>
    public static bool IsTitle(string sentence) =>
        QuestionLabel().IsMatch(sentence) || IsCapitalsTitle(sentence, sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// A title set in capitals ("YOUR REQUEST REF NO. 12234 UNDER THE FREEDOM OF INFORMATION ACT 2000"): letters head
    /// their pages and sections so; an answer is not written in capitals, though a short one may be ("NIL", "N/A").
    /// </summary>
    private static bool IsCapitalsTitle(string sentence, string[] words)
    {
        if (words.Length < 3)
        {
            return false;
        }

        var letters = sentence.Where(char.IsLetter).ToList();
        return letters.Count >= 12 && letters.Count(char.IsUpper) >= letters.Count * 0.8;
    }

    /// <summary>
    /// A letter's own furniture, though it holds a word or figure: a closing ("Many thanks,", "Kind regards") or a line
    /// that is only a reference ("FOI 596.23-24", "Our ref: F11/00220").
    /// </summary>
    public static bool IsClosingOrReference(string sentence) => Closing().IsMatch(sentence) || ReferenceOnly().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:many thanks|thanks(?: again)?|thank you|with thanks|kind(?:est)? regards|best (?:wishes|regards)|warm(?:est)? regards|regards|yours (?:sincerely|faithfully|truly))\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^\W*(?:(?:our|your)\s+)?(?:ref(?:erence)?|FOI[AR]?|EIR|request|case)(?:\s+(?:no\.?|number|id))?\W*[A-Z]{0,6}[\s./_-]*\d[\w./_-]*\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceOnly();

    /// <summary>A heading over table rows ("Income received"): a label that is not an opener, echo, procedure or question number.</summary>
    public static bool IsHeading(string sentence) =>
        IsLabel(sentence) && !QuestionLabel().IsMatch(sentence) && !IsEcho(sentence) && !Opener().IsMatch(sentence) && !IsProcedural(sentence)
        && !OpenerStart().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:please|we|I|our|the (?:information|answer|response))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpenerStart();

    [GeneratedRegex(@"^\W*(?:(?:[a-h]|[ivx]{1,4}|\d{1,2})[.):\]]\s+)?(?:Q(?:uestion)?\s*\.?\s*\d+[a-z]?\s*[.):-]?\s*(?:how|what|when|where|who|which|why|does|do|did|is|are|was|were|has|have|can|could|will|would|please|provide|list|give|state)\b|Question\s*:|Request\s*:|(?:please|kindly|could you|can you|would you)\s+(?:also\s+)?(?:please\s+)?(?:provide|indicate|confirm|state|tell|supply|advise|list|give|send|share|detail|outline|explain|let me know)|I (?:would like|am (?:particularly |also )?interested|request|wish|should be grateful|would be grateful)|please (?:can|could|may) (?:I|we) (?:have|request|ask for|see|get|obtain)\b|how (?:many|much|often|long)\b|if (?:so|yes|the answer|not|no)\b|in (?:relation|regards?) to the above,? (?:please|could|can)|(?:a list|details|copies|a copy|a breakdown) of\b|request (?:in respect of|for|regarding|relating to)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Echo();

    [GeneratedRegex(@"\b(?:(?:find|see|set out|shown|detailed|provided|given|listed)\s+(?:the\s+|your\s+|our\s+)?(?:information\s+|response\s+|answers?\s+|reply\s+)?(?:requested\s+)?(?:below|overleaf)|(?:respond|answer|reply)\s+as\s+(?:below|follows)|as follows|our response (?:is|to (?:your|this) (?:request|question))|in response to your (?:request|questions?)\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();

    [GeneratedRegex(@"\bHTML version of an attachment\b|\bwe note that you (?:have )?referenced\b|\b(?:after|when) we sought clari\w+|\bhas been (?:processed|handled|dealt with) (?:under|in accordance)\b|\bright (?:of|to) (?:appeal|review|complain)\b|\bInformation Commissioner\b|\bwhen refusing\b|\bsection 17\b.{0,80}\brequires\b|\brequest for (?:an )?internal review\b|\bif you are (?:unhappy|dissatisfied|not (?:happy|satisfied)|aggrieved)\b|\b(?:ask|apply|request) (?:for )?an internal review\b|\bI hope (?:this|that|the) (?:information |response )?(?:satisfies|is (?:of )?(?:help|helpful|useful)|helps|answers)\b|\bthank you for your (?:request|email|letter)\b|\bsection 1\s*\(1\)\s*(?:\(a\)\s*)?(?:of the (?:Freedom of Information )?Act\s*)?(?:\w+\s+){0,4}(?:duty|provides|gives|entitles|requires)\b|\bhas a (?:general )?duty to (?:confirm|inform|tell)\b|^\W*(?:I am|I'm|we are|I|we) (?:writing|write) (?:in (?:response|reply|relation)|to (?:respond|acknowledge)|further)\b|\b(?:was|were) received on\b|\bopportunity to (?:fully )?consider your request\b|\b(?:has|have) (?:now )?considered your request under\b|^\W*(?:received|date|request (?:received|date)|(?:our|your) ref(?:erence)?)\b(?=.{0,40}$)", RegexOptions.IgnoreCase)]
    private static partial Regex Procedural();

    // The public-interest test and the harm disclosure would do: a refusal's reasons.
    [GeneratedRegex(@"\bpublic interest\b|\bfactors in favour\b|\bwe (?:consider|believe) that (?:the information|releasing|disclosing|disclosure|release)\b|\bwould be likely to (?:prejudice|enable|endanger|harm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HarmArgument();

    [GeneratedRegex(@"^\W*(?:yes|no|none|nil|never|n/?a|not (?:held|applicable|known|used))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShortAnswer();

    // "Q3." or "Question 5" alone on its line, or "Answer to Question 4:": a label over the answer, not the answer.
    [GeneratedRegex(@"^\W*(?:(?:[a-h]|[ivx]{1,4}|\d{1,2})[.):\]]\s+)?(?:(?:answer|response|reply)\s+to\s+)?(?:Q(?:uestion)?|A(?:nswer)?)(?:\s+(?:number|no\.?))?\s*\.?\s*\d+[a-z]?\s*[.):-]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLabel();
}
