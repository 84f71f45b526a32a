using System.Text.RegularExpressions;
using FoiBot.Core;
using FoiBot.Core.Text;

namespace FoiBot.Answering;

/// <summary>
/// Picks the answer's sentence or table row that answers the question, copied exactly as the letter has it: never
/// the requester's question echoed, an opener, procedure or a heading, but the line under them that answers.
/// </summary>
internal static partial class QuoteSelector
{
    // A refusal, "not held" or yes/no answer leads with its verdict; a data answer's best sentence is the one on topic.
    private const double VerdictLeadBonus = 1.0;
    private const double DataLeadBonus = 0.3;
    private const double FigureBonus = 0.3;
    private const double PeriodBonus = 0.4;
    private const double CueBonus = 0.3;

    /// <summary>Share of a question line's coverage that the answer lines under it inherit.</summary>
    private const double Inherited = 0.95;

    /// <summary>How many prose lines under a question line carry its coverage; rows of a table under it all do.</summary>
    private const int LinesUnderQuestion = 3;

    public static string Select(string answer, Outcome outcome, IReadOnlyList<TopicConcept> concepts, EvidenceScorer scorer) =>
        Select(answer, outcome, concepts, scorer, QuoteAsk.Any);

    /// <param name="question">The letter's question the answer is to, whose numbered sub-parts its numbered lines answer.</param>
    public static string Select(string answer, Outcome outcome, IReadOnlyList<TopicConcept> concepts, EvidenceScorer scorer, QuoteAsk ask, string? question = null)
    {
        var sentences = Sentences.Split(answer);
        if (sentences.Count == 0)
        {
            return "";
        }

        var verdictOutcome = outcome is Outcome.Refused or Outcome.NotHeld or Outcome.NeitherConfirmNorDeny or Outcome.Yes or Outcome.No;

        // A refusal, "not held" or yes/no is quoted by the sentence that says so, wherever it stands in the answer.
        if (verdictOutcome
            && (sentences.FirstOrDefault(s => OutcomeReader.SentenceOutcome(s) == outcome && !NonAnswers.IsProcedural(s) && !NonAnswers.IsEcho(s))
                ?? sentences.FirstOrDefault(s => OutcomeReader.SentenceOutcome(s) == outcome)) is { } verdict)
        {
            return verdict;
        }

        var own = sentences.Select(s => scorer.Coverage(concepts, s)).ToList();
        var skipped = sentences.Select(NotAnAnswer).ToList();
        if (skipped.All(s => s))
        {
            return MostOnTopic(sentences, own, verdictOutcome ? VerdictLeadBonus : DataLeadBonus);
        }

        if (question is not null && SubParts.Answering(question, sentences, concepts, scorer, ask) is { } subPart && !skipped[subPart])
        {
            return sentences[subPart];
        }

        var scores = new double[sentences.Count];
        double header = 0;
        var under = 0;
        var first = true;
        for (var i = 0; i < sentences.Count; i++)
        {
            scores[i] = double.MinValue;
            if (skipped[i])
            {
                // The lines under a question or opener answer it, so the first few carry its coverage.
                (header, under) = NonAnswers.IsEcho(sentences[i]) || NonAnswers.IsOpener(sentences[i]) || NonAnswers.IsLabel(sentences[i]) ? (own[i], 0) : (header, under);
                continue;
            }

            var inherited = under < LinesUnderQuestion || IsDataRow(sentences[i]) ? header * Inherited : 0;
            scores[i] = Math.Max(own[i], inherited) + Bonus(sentences[i], ask, first ? (verdictOutcome ? VerdictLeadBonus : DataLeadBonus) : 0);
            first = false;
            under++;
        }

        // A yes/no question is quoted by a sentence that says yes or no, refused or not held, when the answer has one.
        var pool = Enumerable.Range(0, sentences.Count).Where(i => !skipped[i]).ToList();
        if (ask.Form == QuestionForm.YesNo && pool.Where(i => YesNoCues.Of(sentences[i]) is not null).ToList() is { Count: > 0 } cued)
        {
            pool = cued;
        }

        var best = pool[0];
        foreach (var i in pool.Skip(1))
        {
            if (scores[i] > scores[best] + 1e-9)
            {
                best = i;
            }
        }

        return WithHeading(sentences, skipped, best);
    }

    private static bool NotAnAnswer(string sentence) =>
        NonAnswers.Is(sentence) || Pointer().IsMatch(sentence) || (PointsToInformation().IsMatch(sentence) && !HasFigure(sentence));

    private static double Bonus(string sentence, QuoteAsk ask, double lead)
    {
        var bonus = lead;
        if (ask.AsksFigure)
        {
            var figure = HasFigure(sentence);
            bonus += figure ? FigureBonus : -FigureBonus;
            bonus += ask.AsksMoney && sentence.Contains('£', StringComparison.Ordinal) ? FigureBonus : 0;
            bonus += figure ? PeriodBonus * ask.Periods.Match(AskedPeriods.Of(sentence)) : 0;
        }
        else if (!ask.Periods.IsEmpty)
        {
            bonus += PeriodBonus * ask.Periods.Match(AskedPeriods.Of(sentence));
        }

        if (ask.Form == QuestionForm.YesNo && YesNoCues.Of(sentence) is not null)
        {
            bonus += CueBonus;
        }

        return bonus;
    }

    /// <summary>A figure beyond the years, dates and question numbers every line carries; "nil" and "none" count.</summary>
    public static bool HasFigure(string sentence)
    {
        var stripped = NotAFigure().Replace(sentence, " ");
        return stripped.Any(char.IsDigit) || stripped.Contains('£', StringComparison.Ordinal) || NoneFigure().IsMatch(stripped);
    }

    /// <summary>A short row of a flattened table: a few words holding a figure.</summary>
    private static bool IsDataRow(string sentence) =>
        sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && HasFigure(sentence);

    /// <summary>A table row is quoted with the heading over its rows, when the text gives one ("On-call | 2 | 3").</summary>
    private static string WithHeading(IReadOnlyList<string> sentences, IReadOnlyList<bool> skipped, int row)
    {
        if (!IsDataRow(sentences[row]) || !RowStart().IsMatch(sentences[row]))
        {
            return sentences[row];
        }

        var at = row - 1;
        while (at >= 0 && !skipped[at] && IsDataRow(sentences[at]) && RowStart().IsMatch(sentences[at]))
        {
            at--;
        }

        return at >= 0 && skipped[at] && NonAnswers.IsHeading(sentences[at])
            ? $"{sentences[at].TrimEnd(':', ' ')}: {sentences[row]}"
            : sentences[row];
    }

    private static string MostOnTopic(IReadOnlyList<string> sentences, IReadOnlyList<double> coverage, double bonus)
    {
        var best = 0;
        var bestCoverage = coverage[0] + bonus;
        for (var i = 1; i < sentences.Count; i++)
        {
            if (coverage[i] > bestCoverage + 1e-9)
            {
                (best, bestCoverage) = (i, coverage[i]);
            }
        }

        return sentences[best];
    }

    [GeneratedRegex(@"^\W*(?:(?:please\s+)?(?:see|refer\s+to|view)\b.{0,80}\b(?:attach\w*|enclos\w*|appendix|appendices|spreadsheet|annex)\b[^.?!]{0,60}|.{0,80}\b(?:is|are|has\s+been|have\s+been)\s+(?:attached|enclosed)\b|attached|enclosed|see\s+attachment)\W*$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Pointer();

    // "I enclose some of the information", "The attached spreadsheets contain the information requested".
    [GeneratedRegex(@"\b(?:I|we) (?:attach|enclose|have attached|have enclosed)\b|\b(?:attached|enclosed) (?:spreadsheets?|documents?|files?|tables?|schedules?|reports?|list)\b.*\b(?:contains?|provides?|shows?|sets? out|holds?)\b.*\binformation\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsToInformation();

    // Years and financial years, dates, question and list numbers ("Q3.", "A.1", "2."), section numbers.
    [GeneratedRegex(@"\b(?:19|20)\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*|^\W*(?:[QA](?:uestion|nswer)?\s*\.?\s*)?\d{1,2}[a-z]?\s*[.):-]\s|\b(?:section|regulation|s\.?)\s*\d+(?:\s*\(\w+\))*", RegexOptions.IgnoreCase)]
    private static partial Regex NotAFigure();

    [GeneratedRegex(@"\b(?:nil|none|zero)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoneFigure();

    [GeneratedRegex(@"^\W*(?:\d|£)")]
    private static partial Regex RowStart();
}
