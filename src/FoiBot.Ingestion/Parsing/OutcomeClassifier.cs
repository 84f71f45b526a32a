using FoiBot.Core.Text;
using System.Text.RegularExpressions;
using FoiBot.Core;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Reads what an answer amounts to. The answer's lead line decides (an answer leads with its verdict); a refusal or
/// "not held" after data already given, or data given after a refusal as a sub-answer, makes it partial.
/// </summary>
internal static partial class OutcomeClassifier
{
    private enum Kind { Neutral, Data, Yes, No, Elsewhere, Refused, NotHeld, Ncnd }

    public static Outcome Classify(string answer)
    {
        var lines = answer.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0)
        {
            return Outcome.Unanswered;
        }

        var kinds = lines.Select(LineKind).ToList();
        if (kinds.Contains(Kind.Ncnd))
        {
            return Outcome.NeitherConfirmNorDeny;
        }

        var firstWithholding = kinds.FindIndex(k => k is Kind.Refused or Kind.NotHeld);
        var lead = kinds[0];
        switch (lead)
        {
            case Kind.Yes or Kind.No:
                return firstWithholding > 0 ? Outcome.Partial : lead == Kind.Yes ? Outcome.Yes : Outcome.No;
            case Kind.Elsewhere:
                return kinds.Contains(Kind.Refused) ? Outcome.Partial : Outcome.PublishedElsewhere;
            case Kind.Refused or Kind.NotHeld:
                var laterSubAnswer = lines.Skip(1).Select((l, i) => (l, k: kinds[i + 1])).Any(x => x.k == Kind.Data && SubItem().IsMatch(x.l));
                return laterSubAnswer ? Outcome.Partial : lead == Kind.Refused ? Outcome.Refused : Outcome.NotHeld;
        }

        if (firstWithholding < 0)
        {
            return Outcome.Answered;
        }

        var dataBefore = kinds.Take(firstWithholding).Any(k => k is Kind.Data or Kind.Yes or Kind.No);
        if (dataBefore)
        {
            return Outcome.Partial;
        }

        return kinds[firstWithholding] == Kind.Refused ? Outcome.Refused : Outcome.NotHeld;
    }

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

    private static Kind LineKind(string line)
    {
        var sentences = Sentences.Split(line);
        var kinds = sentences.Select(SentenceKind).ToList();
        foreach (var strong in (Kind[])[Kind.Ncnd, Kind.NotHeld, Kind.Refused])
        {
            if (kinds.Contains(strong))
            {
                return strong;
            }
        }

        var decisive = kinds.Where(k => k != Kind.Neutral).ToList();
        if (decisive.Count == 0)
        {
            return Kind.Neutral;
        }

        // A pointer to a web page alongside a direct statement is an answer, not only a pointer.
        if (decisive[0] == Kind.Elsewhere && decisive.Any(k => k is Kind.No or Kind.Yes or Kind.Data))
        {
            return Kind.Data;
        }

        return decisive[0];
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

        if (Refused().IsMatch(sentence))
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

        var stripped = Citations().Replace(sentence, "");
        return stripped.Any(char.IsDigit) || stripped.Contains('£', StringComparison.Ordinal) || sentence.Length <= 60 ? Kind.Data : Kind.Neutral;
    }

    [GeneratedRegex(@"neither (?:confirms?|to confirm) (?:n)?or (?:deny|denies)|\bNCND\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ncnd();

    [GeneratedRegex(@"\bnot held\b|\b(?:do|does|did)(?: not|n't) (?:hold|record|collate|keep|retain|have (?:a record|records|the data|this data|that data|this information|the information|any (?:information|records?|data)))\b|\bno (?:recorded )?(?:information|data|records?) (?:is |are )?(?:held|recorded|kept)\b|\bnot (?:recorded|something that (?:is|has been) recorded)\b|\b(?:have|has) no knowledge\b|\bno longer have access to (?:this|the) data\b|\bunable to report it\b|\bSection 17 of the Freedom of Information \(Scotland\)", RegexOptions.IgnoreCase)]
    private static partial Regex NotHeld();

    [GeneratedRegex(@"\bexempt(?:ed|ion)?\b|\bexcept(?:ed)? from disclosure\b|\bwithh(?:e|o)ld(?:ing)?\b|\brefus(?:e|ed|al|ing)\b|\bunable to (?:comply|provide|release|disclose)\b|\bexceed(?:s|ed)? the (?:appropriate |statutory )?(?:cost|time)(?: limit)?\b|\bexcessive cost\b|\bcost of compliance\b|\bmanifestly unreasonable\b|\bvexatious\b|\bnot (?:be )?(?:disclosed|released)\b|\bRegulation\s*1[23]\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex Refused();

    [GeneratedRegex(@"\bcan be (?:found|seen|viewed|accessed)\b|\b(?:is|are) (?:already )?(?:published|publicly available|available (?:on|at|via|online|from))\b|^(?:please )?see (?:the )?(?:link|attached|following|our)\b|^please (?:find|see) (?:the )?(?:attached|response|link|following)|\bsection 21\b|\breasonably accessible\b|\bresponse to a previous request\b", RegexOptions.IgnoreCase)]
    private static partial Regex Elsewhere();

    [GeneratedRegex(@"^(?:no|none|nil|not used|not in use|never)(?:[.,;:!]|\s*$|\s+(?:not|we|the|it|there|this|such|plans?|longer)\b)|\b(?:do|does|did)(?: not|n't) (?:currently )?(?:use|operate|deploy|employ|utili[sz]e|own|run|have any)\b|\b(?:is|are|was|were) not (?:currently )?(?:used|in use|deployed|operated|utili[sz]ed)\b|\b(?:has|have) not (?:used|deployed|introduced|adopted|purchased|installed|suffered)\b|\bthere (?:are|is|were|was|have been|has been) no\b|\bnot aware of any\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"^yes\b", RegexOptions.IgnoreCase)]
    private static partial Regex Affirmative();

    [GeneratedRegex(@"^\(?(?:[a-h]|[ivx]{1,4})[.)]|^\d{1,2}\s*\(?[a-h]\)", RegexOptions.IgnoreCase)]
    private static partial Regex SubItem();

    // Statute citations, dates and reference numbers are not data given in an answer.
    [GeneratedRegex(@"(?:Section|Regulation|Reg\.?)\s*\d+(?:\s?\(\w+\))*|\b(?:Act|Regulations)\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\bref(?:erence)?:?\s*\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Citations();
}
