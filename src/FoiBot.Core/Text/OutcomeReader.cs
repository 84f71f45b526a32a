using System.Text.RegularExpressions;

namespace FoiBot.Core.Text;

/// <summary>
/// Reads what an answer amounts to, sentence by sentence. The first decisive sentence leads (an answer leads with its
/// verdict); a refusal or "not held" after something was given, or a sub-answer given after a refusal, makes it partial.
/// </summary>
public static partial class OutcomeReader
{
    private enum Kind { Neutral, Data, Yes, No, Elsewhere, Refused, NotHeld, Ncnd }

    public static Outcome Classify(string answer)
    {
        var sentences = Sentences.Split(answer);
        if (sentences.Count == 0)
        {
            return Outcome.Unanswered;
        }

        var kinds = sentences.Select(SentenceKind).ToList();
        var leadAt = kinds.FindIndex(k => k != Kind.Neutral);
        if (leadAt < 0)
        {
            return Outcome.Answered;
        }

        var lead = kinds[leadAt];
        var later = kinds.Skip(leadAt + 1).ToList();
        if (lead is Kind.Refused or Kind.NotHeld && later.Contains(Kind.Ncnd))
        {
            // "Not held ... and for any covert use we neither confirm nor deny": the whole answer withholds.
            return Outcome.NeitherConfirmNorDeny;
        }

        var withheldLater = later.Exists(k => k is Kind.Refused or Kind.NotHeld or Kind.Ncnd);
        switch (lead)
        {
            case Kind.Yes or Kind.No:
                return withheldLater ? Outcome.Partial : lead == Kind.Yes ? Outcome.Yes : Outcome.No;
            case Kind.Elsewhere:
                return later.Contains(Kind.Refused) ? Outcome.Partial
                    : later.Exists(k => k is Kind.Yes or Kind.No or Kind.Data) ? Outcome.Answered
                    : Outcome.PublishedElsewhere;
            case Kind.Refused or Kind.NotHeld or Kind.Ncnd:
                var subAnswer = sentences.Skip(leadAt + 1).Where((s, i) => later[i] == Kind.Data && SubItem().IsMatch(s)).Any();

                // "We do not hold part of it, and the rest would exceed the cost limit": withheld on two grounds, as Combine reads two such answers.
                return subAnswer ? Outcome.Partial
                    : lead == Kind.NotHeld && later.Contains(Kind.Refused) ? Outcome.Refused
                    : lead switch { Kind.Refused => Outcome.Refused, Kind.NotHeld => Outcome.NotHeld, _ => Outcome.NeitherConfirmNorDeny };
            default:
                return withheldLater ? Outcome.Partial : Outcome.Answered;
        }
    }

    /// <summary>
    /// What one sentence says on its own: a verdict (yes, no, not held, refused, neither confirm nor deny, published
    /// elsewhere), or null for a sentence that gives information or explains.
    /// </summary>
    public static Outcome? SentenceOutcome(string sentence) => SentenceKind(sentence) switch
    {
        Kind.Yes => Outcome.Yes,
        Kind.No => Outcome.No,
        Kind.NotHeld => Outcome.NotHeld,
        Kind.Refused => Outcome.Refused,
        Kind.Ncnd => Outcome.NeitherConfirmNorDeny,
        Kind.Elsewhere => Outcome.PublishedElsewhere,
        _ => null,
    };

    /// <summary>The letter's outcome from its answers: one outcome throughout, or partial when they differ.</summary>
    public static Outcome Combine(IEnumerable<Outcome> outcomes)
    {
        var answered = outcomes.Where(o => o != Outcome.Unanswered).Distinct().ToList();
        if (answered.Count == 1)
        {
            return answered[0];
        }

        var set = answered.Select(o => o is Outcome.Yes or Outcome.No ? Outcome.Answered : o).Distinct().ToList();
        return set.Count switch
        {
            0 => Outcome.Unanswered,
            1 => set[0],
            _ when set.All(o => o is Outcome.Answered or Outcome.PublishedElsewhere) => Outcome.Answered,
            _ when set.All(o => o is Outcome.Refused or Outcome.NotHeld or Outcome.NeitherConfirmNorDeny) => Outcome.Refused,
            _ => Outcome.Partial,
        };
    }

    private static Kind SentenceKind(string sentence)
    {
        if (Ncnd().IsMatch(sentence))
        {
            return Kind.Ncnd;
        }

        if (NotHeld().IsMatch(sentence))
        {
            return Kind.NotHeld;
        }

        // "Exempt under section 21 as it is already published": the exemption for published information sends the reader there.
        // "28 refused offers of support": people refusing what was offered them, not the authority refusing the request.
        if (Refused().IsMatch(OthersRefusing().Replace(sentence, " ")) && !PublishedExemption().IsMatch(sentence) && !ExemptionDisclaimer.IsDisclaimed(sentence))
        {
            return Kind.Refused;
        }

        if (Elsewhere().IsMatch(sentence))
        {
            return Kind.Elsewhere;
        }

        if (Negative().IsMatch(sentence))
        {
            return Kind.No;
        }

        if (Affirmative().IsMatch(sentence))
        {
            return Kind.Yes;
        }

        // Figures in a cost-of-compliance estimate explain a refusal, and "we hold this information" only opens one;
        // neither is information given.
        if (CostReasoning().IsMatch(sentence) || HoldsStatement().IsMatch(sentence) || FuturePublication().IsMatch(sentence))
        {
            return Kind.Neutral;
        }

        var stripped = Citations().Replace(sentence, "").Trim();
        if (stripped.Length == 0)
        {
            return Kind.Neutral;
        }

        return stripped.Any(char.IsDigit) || stripped.Contains('£', StringComparison.Ordinal) || stripped.Length <= 60 ? Kind.Data : Kind.Neutral;
    }

    [GeneratedRegex(@"neither (?:confirms?|to confirm) (?:n)?or (?:deny|denies)|\bNCND\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ncnd();

    [GeneratedRegex(@"\bnot held\b|\b(?:do|does|did)(?: not|n't) (?:hold|record|collate|keep|retain|have (?:a record|records|the data|this data|that data|this information|the information|any (?:information|records?|data)))\b|\bno (?:recorded )?(?:information|data|records?) (?:is |are )?(?:held|recorded|kept)\b|\bnot (?:recorded|captured|collated|kept|retained|something that (?:is|has been) recorded)\b|\b(?:have|has) no knowledge\b|\bno longer have access to (?:this|the) data\b|\bunable to report it\b|\b(?:do|does) not report on (?:this|that|these|it)\b|\b(?:information|data|figures?) (?:is|are|was|were) not (?:currently )?(?:available|known)\b|\bSection 17 of the Freedom of Information \(Scotland\)", RegexOptions.IgnoreCase)]
    private static partial Regex NotHeld();

    [GeneratedRegex(@"\bexempt(?:ed|ions?)?\b|\bexcept(?:ed)? from disclosure\b|\bwithh(?:e|o)ld(?:ing)?\b|\brefus(?:e|ed|al|ing)\b|\bunable to (?:comply|release|disclose)\b|\bexceed(?:s|ed|ing)? the (?:appropriate |statutory |upper |prescribed |maximum )?(?:cost|time)(?: limit)?\b|\bexceed(?:s|ed|ing)? the (?:appropriate|statutory|prescribed) limit\b|\bcost limit\b|£\s?\d{3}\s+(?:cost\s+)?limit\b|\bexcessive cost\b|\bcost of compliance\b|\bmanifestly unreasonable\b|\b(?:unsuitable|not suitable) for (?:disclosure|release|publication)\b|\bvexatious\b|\bnot (?:be )?(?:disclosed|released)\b|\bRegulation\s*1[23]\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex Refused();

    [GeneratedRegex(@"\brefus(?:e|ed|es|ing|al of)\s+(?:an?\s+|the\s+|all\s+)?(?:offers?|help|support|accommodation|treatment|services?|housing|vaccinations?|medication)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OthersRefusing();

    [GeneratedRegex(@"\bsection 21\b(?!\s*(?:&|and|,)\s*\d)|\breasonably accessible\b|\botherwise accessible\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedExemption();

    [GeneratedRegex(@"\bcan be (?:found|seen|viewed|accessed)\b|\b(?:is|are) (?:already )?(?:published|publicly available|available (?:on|at|via|online|from))\b|^(?:please )?see (?:the )?(?:link|following|our)\b|^please (?:find|see) (?:the )?(?:response|link|following)|\bsection 21\b|\b(?:reasonably|otherwise) accessible\b|\bresponse to a previous request\b", RegexOptions.IgnoreCase)]
    private static partial Regex Elsewhere();

    [GeneratedRegex(@"^(?:no|none|nil|not used|not in use|never)(?:[.,;:!]|\s*$|\s+(?:not|we|the|it|there|this|such|plans?|longer)\b)|\b(?:do|does|did)(?: not|n't) (?:currently )?(?:use|operate|deploy|employ|utili[sz]e|own|run|have any)\b|\b(?:is|are|was|were) not (?:currently )?(?:used|in use|deployed|operated|utili[sz]ed)\b|\b(?:has|have) not (?:used|deployed|introduced|adopted|purchased|installed|suffered)\b|\bthere (?:are|is|were|was|have been|has been) no\b|\bnot aware of any\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"\bwould (?:take|cost|require|need)\b|\b(?:minutes|hours) (?:per|for each|each)\b|\bper (?:case|record|hour)\b|\bhourly rate\b|\bcases per hour\b|\bofficer time\b|\b\d[\d,]*\s+(?:hits|search results)\b|\bthe \d[\d,]*\s+results\b", RegexOptions.IgnoreCase)]
    private static partial Regex CostReasoning();

    [GeneratedRegex(@"^(?:The Council|The council|We|I can confirm (?:that )?(?:we|the council))\s+(?:do(?:es)?\s+)?holds?\s+(?:this|the|some of the|all of the)\s+information(?: (?:you )?requested)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex HoldsStatement();

    // "This document will be published in future": the reason for a section 22 refusal, not information given.
    [GeneratedRegex(@"\bwill be published\b|\bintended for (?:future )?publication\b|\bdue to be published\b", RegexOptions.IgnoreCase)]
    private static partial Regex FuturePublication();

    [GeneratedRegex(@"^yes\b", RegexOptions.IgnoreCase)]
    private static partial Regex Affirmative();

    [GeneratedRegex(@"^\(?(?:[a-h]|[ivx]{1,4})[.)]|^\d{1,2}\s*\(?[a-h]\)", RegexOptions.IgnoreCase)]
    private static partial Regex SubItem();

    // Statute citations, dates, reference numbers and web addresses are not data given in an answer.
    [GeneratedRegex(@"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:gov|org|co|nhs|police)\.uk\S*|(?:Section|Regulation|Reg\.?)\s*\d+(?:\s?\(\w+\))*|\b(?:Act|Regulations)\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\bref(?:erence)?:?\s*\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Citations();
}
