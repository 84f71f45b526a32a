using System.Text.RegularExpressions;

namespace FoiBot.Answering;

/// <summary>
/// "Does the trust hold information on X?" asks whether it is held, not whether it was given: a letter saying "NHS
/// England holds this information" answers yes though it goes on to withhold it, and one saying "I can confirm that
/// the Service holds such information but has decided to withhold it" likewise.
/// </summary>
internal static partial class HeldCues
{
    /// <summary>Whether a question asks if the authority holds, keeps or records some information.</summary>
    public static bool Asks(string question) => HoldQuestion().IsMatch(question.TrimStart());

    /// <summary>Whether a sentence says the information asked for is held, in so many words.</summary>
    public static bool SaysHeld(string sentence) => Held().IsMatch(sentence) && !NotHeld().IsMatch(sentence);

    // "Does Essex Police hold any information about ...", "Does the council actually have the numbers of ...", "Do they
    // keep records of ...".
    [GeneratedRegex(@"^(?:does|do|did|is|are)\b[^?]{0,80}?\b(?:hold|keep|have|record|collect|retain)\b[^?]{0,40}?\b(?:information|data|records?|figures|statistics|numbers|details|list|copy|copies|documents?|reports?|minutes|polic(?:y|ies)|strateg(?:y|ies)|plans?|guidance|contracts?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HoldQuestion();

    // "NHS England holds this information", "I can confirm that the Service hold such information", "the information
    // is held by the council", "we do hold some information".
    [GeneratedRegex(@"\b(?:holds?|do hold|does hold|did hold)\s+(?:(?:this|the|such|that|some|relevant|recorded|any)\s+)?(?:\w+\s+){0,2}?(?:information|data|records?)\b|\b(?:information|data|records?)\b[^.]{0,40}?\b(?:is|are|was|were)\s+held\b", RegexOptions.IgnoreCase)]
    private static partial Regex Held();

    // "does not hold", "is not held", "were this information to be held", "neither confirm nor deny that it holds": a no,
    // a supposition or a refusal to say, never a yes.
    [GeneratedRegex(@"\b(?:not|no longer|never)\s+(?:\w+\s+)?held\b|\b(?:do|does|did)\s+not\s+hold\b|\bdon['’]t hold\b|\bdoesn['’]t hold\b|\bwere (?:this|the|such) information to be held\b|\bif (?:the|this|such) information (?:is|was|were) held\b|\bwould hold\b|\bwhether (?:or not )?(?:it|they|we|the \w+) (?:holds?|hold)\b|\bconfirms? (?:n?or|or) den(?:y|ies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotHeld();
}
