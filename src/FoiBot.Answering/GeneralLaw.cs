using System.Text.RegularExpressions;

namespace FoiBot.Answering;

/// <summary>
/// Sentences that say what the law or the authority's practice is in general, not what it decided on this request:
/// "the Council can apply an exemption if it believes one exists", "the Act makes provision for withholding
/// information", "we need not comply with a request if we estimate...", the statute quoted ("... is exempt
/// information", "For the purposes of subsection (1)"), a licence for re-using the data, an offer to answer queries, a
/// subject line, or a reply announcing itself ("we are now in a position to respond"). Letters of every kind carry
/// them; none answers a question, so they are never the quote.
/// </summary>
/// <remarks>
/// What tells the general from the decided is the wording: an indefinite "a request" or a condition ("if it believes"),
/// the Act as the subject of the sentence, or the statute's own words. "We are not obliged to comply with your request"
/// decides, so it is not matched.
/// </remarks>
internal static partial class GeneralLaw
{
    public static bool Is(string sentence) =>
        (Statement().IsMatch(sentence) || (sentence.Length <= 120 && SubjectLine().IsMatch(sentence))) && !NeitherConfirmNorDeny().IsMatch(sentence);

    [GeneratedRegex(
        @"\b(?:the|this) (?:FOI\s*|Freedom of Information )?Act\s+(?:\(?\w+\)?\s+)?(?:makes provision|defines|allows|permits|provides for|places a (?:general )?duty|gives (?:a|the) (?:general )?right)\b"
        + @"|\b(?:can|may|could) (?:apply|rely on|use|cite) (?:an |any |the )?(?:exemptions?|exceptions?)\b[^.]{0,40}\bif\b"
        + @"|\b(?:need not|does not have to|do not have to|is not (?:obliged|required) to|are not (?:obliged|required) to) comply with (?:a|any) request\b"
        + @"|\bthe first duty\b"
        + @"|\bprovides that\b[^.]{0,80}\bif\b|\bis exempt information\b|\bany person (?:making|who makes) a request\b|^\W*for the purposes of (?:this )?(?:sub)?section\b"
        + @"|\b(?:re-?us(?:e|ed|ing)|re-?publish\w*)\b[^.]{0,80}\b(?:consent|permission|licen[cs]e|copyright|not (?:allowed|permitted))\b"
        + @"|\bif you have any (?:further )?(?:queries|questions|enquiries|concerns)\b|\bdo not hesitate to contact\b"
        + @"|\b(?:is|are) (?:specified|prescribed|laid down) (?:in|by) the\b[^.]{0,80}\bRegulations\b"
        + @"|\b(?:now )?in a position to (?:respond|reply|provide (?:a|our|the|you with (?:a|our|the)) (?:response|reply))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Statement();

    // A neither-confirm-nor-deny cites the duty it is relieved of, yet decides.
    [GeneratedRegex(@"\bneither confirms? nor den(?:y|ies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NeitherConfirmNorDeny();

    // "Re: Freedom of Information Request dated 13/10/2014", "Subject: FOI 1234".
    [GeneratedRegex(@"^\W*(?:Re|Subject)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLine();
}
