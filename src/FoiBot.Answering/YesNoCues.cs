using System.Text.RegularExpressions;
using FoiBot.Core;
using FoiBot.Core.Text;

namespace FoiBot.Answering;

/// <summary>
/// The explicit yes or no a sentence gives a yes/no question ("Yes", "No", "does not", "not used"), or a refusal or
/// "not held"; nothing is read into a sentence without such a cue.
/// </summary>
internal static partial class YesNoCues
{
    public static Verdict? Of(string sentence) => Cue(ListMarker().Replace(sentence, ""));

    private static Verdict? Cue(string sentence)
    {
        // "There are no records of ministerial instructions": nothing held, which the letters' own reading takes for a plain no.
        if (NoRecords().IsMatch(sentence))
        {
            return Verdict.NotHeld;
        }

        return OutcomeReader.SentenceOutcome(sentence) switch
        {
            Outcome.Yes => Verdict.Yes,
            Outcome.No => Verdict.No,
            Outcome.NotHeld => Verdict.NotHeld,
            Outcome.Refused => Verdict.Refused,
            Outcome.NeitherConfirmNorDeny => Verdict.NeitherConfirmNorDeny,
            // "The reports are commercially sensitive under section 43": a section applied is a refusal in other words.
            _ when ExemptionCues.Applies(sentence) => Verdict.Refused,
            _ => Negative().IsMatch(sentence) || NoneGiven().IsMatch(sentence) ? Verdict.No : Affirmative().IsMatch(sentence) ? Verdict.Yes : null,
        };
    }

    /// <summary>
    /// The verdict of an answer to a yes/no question: the quoted sentence's cue, else the first cue among the answer's
    /// own sentences (not the requester's words echoed); null when none gives one.
    /// </summary>
    public static Verdict? Read(string quote, string answer) =>
        Of(quote) ?? WrappedProse.Sentences(answer).Where(s => !NonAnswers.IsEcho(s) && !NonAnswers.IsProcedural(s)).Select(Of).FirstOrDefault(v => v is not null);

    /// <summary>"(1) A copy of any agreements ... - None": the requester's words repeated with the answer after a dash.</summary>
    public static bool AnswersAfterADash(string sentence) => DashAnswer().IsMatch(sentence);

    // "1. Yes", "A.4 No", "6- Yes, we have one": the number of the question answered, not part of the answer.
    [GeneratedRegex(@"^\W*(?:(?:Q|A|Answer)\s*[.:]?\s*(?=\d)|(?:A|Answer)\s*[.:]\s*)?(?:\d{1,2}[a-z]?(?:\s*[-.):\]]|\s)\s*|(?:[a-h]|[ivx]{1,4})\s*[-.):\]]\s*)?(?:(?:A|Answer)\s*[.:]\s*)?", RegexOptions.IgnoreCase)]
    private static partial Regex ListMarker();

    // "No external contractor is employed", "per appliance and not per station": a no in words other than "not used".
    [GeneratedRegex(@"\b(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could)\s+not\b|\b(?:don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|won['’]t|cannot)\b|\bnot (?:used|involved|provided|offered|carried out)\b|\bno longer\b|\b(?:unable|not able) to (?:provide|supply|disclose|release|confirm|give|share)\b|\b(?:stopped|ceased)\b|^no\s+(?:[\w-]+\s+){1,3}(?:is|are|was|were|has|have|had)\b|\b(?:confirm|state|advise) that no\s+(?:[\w-]+\s+){1,4}(?:is|are|was|were|has|have|had)\b|\b(?:and|but) not (?:per|by|for|on|at|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    // A count of nothing ends the line ("a) number of new sites 0", "Injunctions obtained between 2018 and 2022 = 0"), or
    // the answer after a dash is none ("... - None").
    [GeneratedRegex(@"^[^\d]*\s0\W*$|[=:]\s*0\W*$|\s[-–—]\s*(?:none|no|nil)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoneGiven();

    [GeneratedRegex(@"\s[-–—]\s*(?:none|no|nil|yes|n/?a|\d[\d,.]*)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex DashAnswer();

    [GeneratedRegex(@"\b(?:there (?:are|is|were|was) no|(?:we |I )?(?:hold|have|has|had|keep|kept) no|no)\s+(?:\w+\s+)?records?\s+(?:of|held|kept|about|relating|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoRecords();

    [GeneratedRegex(@"^\W*(?:yes\b|we (?:do|can|have|will)\b(?!\s+not)|(?:I|we) can confirm that (?:we|the \w+|it) (?:do|does|did|has|have|uses?|holds?|operates?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Affirmative();
}
