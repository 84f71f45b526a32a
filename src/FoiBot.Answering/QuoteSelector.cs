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
    private const double DateBonus = 0.5;
    private const double DateKindBonus = 1.0;

    /// <summary>Share of a question line's coverage that the answer lines under it inherit.</summary>
    private const double Inherited = 0.95;

    /// <summary>How many prose lines under a question line carry its coverage; rows of a table under it all do.</summary>
    private const int LinesUnderQuestion = 3;

    public static string Select(string answer, Outcome outcome, IReadOnlyList<TopicConcept> concepts, EvidenceScorer scorer) =>
        Select(answer, outcome, concepts, scorer, QuoteAsk.Any);

    /// <param name="question">The letter's question the answer is to, whose numbered sub-parts its numbered lines answer.</param>
    public static string Select(string answer, Outcome outcome, IReadOnlyList<TopicConcept> concepts, EvidenceScorer scorer, QuoteAsk ask, string? question = null)
    {
        // A letter taken from a PDF wraps its sentences over lines; the quote is the whole sentence, its lines joined.
        var asWritten = answer;
        answer = WrappedProse.Unwrap(answer);
        var sentences = Sentences.Split(answer);
        if (sentences.Count == 0)
        {
            return "";
        }

        // A figure asked of an answer that opens "Yes - two cameras" is in the line giving the figure, not the "yes".
        var verdictOutcome = outcome is Outcome.Refused or Outcome.NotHeld or Outcome.NeitherConfirmNorDeny || (outcome is Outcome.Yes or Outcome.No && !ask.AsksFigure);

        // "How many hours would it take?" or "Which minister was the qualified person?" of a refusal: a figure or detail
        // the refusal gives ("well over 30,000 applications", "Stephen Kinnock MP") answers it better than the sentence
        // refusing; without one, the refusal is the answer.
        var refusedLike = outcome is Outcome.Refused or Outcome.NotHeld or Outcome.NeitherConfirmNorDeny;
        var figureOfRefusal = refusedLike && ask.AsksFigure;
        var detailOfRefusal = refusedLike && !ask.AsksFigure && ask.AsksDetail && ask.Form == QuestionForm.Other;
        verdictOutcome &= !figureOfRefusal && !detailOfRefusal;

        // A refusal, "not held" or yes/no is quoted by the sentence that says so, wherever it stands in the answer; a
        // yes/no question is quoted by the sentence with a yes or no most on its topic, as a letter answering several
        // questions says "not held" of one and "we do not" of another.
        if (verdictOutcome && ask.Form != QuestionForm.YesNo && !ask.AsksDate && FirstSaying(sentences, outcome) is { } verdict)
        {
            return WithItsList(answer, sentences, verdict);
        }

        var own = sentences.Select(s => scorer.Coverage(concepts, s)).ToList();

        // "Why won't they say", "will they tell me": what was withheld is the answer, so a part refused is quoted by the
        // refusal most on the topic, even in an answer that gives the rest.
        // "Which minister gave the opinion for the refusal?" asks a detail of it, found by its topic like any other.
        if (ask.AsksWithheld && !ask.AsksDetail && Withholding(sentences) is { Count: > 0 } withholding)
        {
            return WithItsList(answer, sentences, withholding.MaxBy(i => own[i] + (ExemptionCues.Applies(sentences[i]) ? CueBonus : 0)));
        }

        // "Does the trust hold information on X?" is answered by the sentence saying it is held, though the rest is withheld.
        if (ask.AsksHeld && Enumerable.Range(0, sentences.Count).Where(i => HeldCues.SaysHeld(sentences[i]) && SaysItself(sentences[i])).ToList() is { Count: > 0 } held)
        {
            return WithItsList(answer, sentences, held.MaxBy(i => own[i]));
        }

        var skipped = sentences.Select(s => NotAnAnswer(s, ask.Form) && !GivesDateAsked(s, ask)).ToList();
        if (skipped.All(s => s))
        {
            return (figureOfRefusal || detailOfRefusal) && FirstSaying(sentences, outcome) is { } refusal ? WithItsList(answer, sentences, refusal) : MostOnTopic(sentences, own, verdictOutcome ? VerdictLeadBonus : DataLeadBonus);
        }

        if (question is not null && SubParts.Answering(question, sentences, concepts, scorer, ask) is { } subPart && !skipped[subPart])
        {
            return sentences[subPart];
        }

        // A table copied one cell to a line is read back into rows and columns when the question asks one of its periods.
        if (ask.AsksFigure && CellTable.Quote(asWritten, ask, concepts, scorer) is { } cell)
        {
            return cell;
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
            scores[i] = Math.Max(own[i], inherited) + Bonus(sentences[i], ask, first ? (verdictOutcome ? VerdictLeadBonus : detailOfRefusal ? 0 : DataLeadBonus) : 0)
                + (figureOfRefusal && OutcomeReader.SentenceOutcome(sentences[i]) == outcome ? CueBonus : 0);
            first = false;
            under++;
        }

        // A yes/no question is quoted by a sentence that says yes or no, refused or not held, when the answer has one.
        var pool = Enumerable.Range(0, sentences.Count).Where(i => !skipped[i]).ToList();
        // A formal "not held" outweighs a plain "does not" beside it: it is what the letter decided.
        if (ask.Form == QuestionForm.YesNo && pool.Where(i => YesNoCues.Of(sentences[i]) is not null).ToList() is { Count: > 0 } cued)
        {
            pool = cued.Any(i => YesNoCues.Of(sentences[i]) is Verdict.NotHeld) ? cued.Where(i => YesNoCues.Of(sentences[i]) != Verdict.No).ToList() : cued;
        }

        var best = pool[0];
        foreach (var i in pool.Skip(1))
        {
            if (scores[i] > scores[best] + 1e-9)
            {
                best = i;
            }
        }

        // The refusal stays the answer unless the sentence found gives the figure asked, or is more on the detail asked.
        if ((figureOfRefusal || detailOfRefusal) && FirstSaying(sentences, outcome) is { } refusing
            && (figureOfRefusal ? !HasFigure(sentences[best]) : own[best] <= own[refusing] + 1e-9))
        {
            return WithItsList(answer, sentences, refusing);
        }

        return WithHeading(sentences, skipped, best);
    }

    /// <remarks>
    /// Of a refusal's sentences, the one applying a section ("refused under Section 12(1)", "exempt under section 43(2)")
    /// says why, which is what a reader of a refusal wants; a heading saying "Refusal Notice" does not.
    /// </remarks>
    private static int? FirstSaying(IReadOnlyList<string> sentences, Outcome outcome)
    {
        var saying = Enumerable.Range(0, sentences.Count).Where(i => OutcomeReader.SentenceOutcome(sentences[i]) == outcome).ToList();
        if (saying.Count == 0)
        {
            return null;
        }

        var own = saying.Where(i => SaysItself(sentences[i])).ToList();
        return own.FirstOrDefault(i => ExemptionCues.Applies(sentences[i]), own.Count > 0 ? own[0] : saying[0]);
    }

    private static List<int> Withholding(IReadOnlyList<string> sentences) =>
        Enumerable.Range(0, sentences.Count)
            .Where(i => OutcomeReader.SentenceOutcome(sentences[i]) is Outcome.Refused or Outcome.NeitherConfirmNorDeny or Outcome.NotHeld && SaysItself(sentences[i]))
            .ToList();

    /// <summary>A sentence that gives a verdict itself: not procedure, the requester's words, or a heading ("Refusal of Request").</summary>
    private static bool SaysItself(string sentence) => !NonAnswers.IsProcedural(sentence) && !NonAnswers.IsEcho(sentence) && !NonAnswers.IsLabel(sentence);

    /// <summary>
    /// A sentence that ends by announcing what follows ("... in accordance with the following exemption:") is quoted
    /// with the line it announces ("Section 31(1)(a) and (b) – Law enforcement"), exactly as the letter has them.
    /// </summary>
    private static string WithItsList(string answer, IReadOnlyList<string> sentences, int at)
    {
        var sentence = sentences[at];
        if (!sentence.EndsWith(':') || at + 1 >= sentences.Count)
        {
            return sentence;
        }

        var start = answer.IndexOf(sentence, StringComparison.Ordinal);
        var next = start < 0 ? -1 : answer.IndexOf(sentences[at + 1], start + sentence.Length, StringComparison.Ordinal);
        return next < 0 ? sentence : answer[start..(next + sentences[at + 1].Length)];
    }

    /// <summary>
    /// Whether a sentence answers the question at all: not a heading, label, echo, opener or procedure, and holding the
    /// figure or date the question asks for. A "when" question is answered by the procedural sentence giving the date
    /// asked ("Your request was received on 11 January 2026").
    /// </summary>
    /// <remarks>
    /// A short answer with no stop ("Gallup Biograde and Nomix G") may be the whole answer; a refusal, "not held" or
    /// "no" answers whatever was asked, figure or date.
    /// </remarks>
    public static bool Answers(string sentence, QuoteAsk ask)
    {
        if (sentence.Length == 0 || (IsFurniture(sentence, ask.Form) && !GivesDateAsked(sentence, ask)))
        {
            return false;
        }

        if (OutcomeReader.SentenceOutcome(sentence) is Outcome.Refused or Outcome.NotHeld or Outcome.NeitherConfirmNorDeny or Outcome.No)
        {
            return true;
        }

        return ask.Date is { } date
            ? DateCues.HasDate(sentence) && DateCues.Gives(sentence, date) && !DateCues.OnlyDatesOf(sentence, ask.Question)
            : !ask.AsksFigure || HasFigure(sentence);
    }

    /// <summary>What is never an answer: the requester's words, an opener, procedure, a question label or a title in capitals, a pointer to an attachment.</summary>
    /// <remarks>A year or period alone ("2015.", "2022/23") is the tail of a sentence cut at a line's end, or a column's heading.</remarks>
    /// <param name="form">The question's form: a "why" question is answered by a refusal's reasons, procedure to any other.</param>
    public static bool IsFurniture(string sentence, QuestionForm form = QuestionForm.Other) =>
        NonAnswers.IsEcho(sentence) || NonAnswers.IsOpener(sentence) || NonAnswers.IsProceduralFor(sentence, form) || NonAnswers.IsTitle(sentence) || Pointer().IsMatch(sentence)
        || PeriodAlone().IsMatch(sentence) || NonAnswers.IsClosingOrReference(sentence);

    private static bool GivesDateAsked(string sentence, QuoteAsk ask) =>
        ask.AsksDate && DateCues.HasDate(sentence) && !NonAnswers.IsEcho(sentence);

    /// <summary>Furniture, a heading or label, or a sentence only saying an attachment holds the information.</summary>
    public static bool NotAnAnswer(string sentence, QuestionForm form = QuestionForm.Other) =>
        IsFurniture(sentence, form) || NonAnswers.IsLabel(sentence) || (PointsToInformation().IsMatch(sentence) && !HasFigure(sentence));

    internal static double Bonus(string sentence, QuoteAsk ask, double lead)
    {
        var bonus = lead;
        if (ask.Date is { } date)
        {
            // The kind of date outweighs the topic: the sentence naming the deadline rarely repeats what was asked.
            bonus += DateCues.HasDate(sentence) ? DateBonus + (date != DateCues.Asked.Any && DateCues.Gives(sentence, date) ? DateKindBonus : 0) : -DateBonus;
        }
        else if (ask.AsksFigure)
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

        // "Why did they refuse?" is answered by the sentence applying a section or giving a cause.
        if (ask.Form == QuestionForm.Reason && (ExemptionCues.Applies(sentence) || GivesCause().IsMatch(sentence)))
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

    // "Please see the attached spreadsheet", "Information can be found here.", "The response to this request is available on our website."
    [GeneratedRegex(@"^\W*(?:(?:please\s+)?(?:see|refer\s+to|view)\b.{0,80}\b(?:attach\w*|enclos\w*|appendix|appendices|spreadsheet|annex)\b[^.?!]{0,60}|.{0,80}\b(?:is|are|has\s+been|have\s+been)\s+(?:attached|enclosed)\b|attached|enclosed|see\s+attachment|(?:the\s+)?(?:information|response|answer|data|details|it|this|these\s+figures)(?:\s+(?:you\s+(?:have\s+)?requested|to\s+(?:this|your)\s+request))?\s+(?:can|may)\s+be\s+(?:found|viewed|accessed)\s+(?:here|online|at|on|via)\b(?:[^.?!]|\.(?=\S)){0,120}|(?:the\s+)?(?:information|response|answer|data|details)(?:\s+(?:you\s+(?:have\s+)?requested|to\s+(?:this|your)\s+request))?\s+(?:is|are)\s+(?:available|published)\s+(?:here|online|at|on|via)\b(?:[^.?!]|\.(?=\S)){0,120})\W*$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Pointer();

    // "I enclose some of the information", "The attached spreadsheets contain the information requested".
    [GeneratedRegex(@"\b(?:I|we) (?:attach|enclose|have attached|have enclosed)\b|\b(?:attached|enclosed) (?:spreadsheets?|documents?|files?|tables?|schedules?|reports?|list)\b.*\b(?:contains?|provides?|shows?|sets? out|holds?)\b.*\binformation\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsToInformation();

    // Years and financial years, dates, question and list numbers ("Q3.", "A.1", "2."), section numbers.
    [GeneratedRegex(@"\b(?:19|20)\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*|^\W*(?:[QA](?:uestion|nswer)?\s*\.?\s*)?\d{1,2}[a-z]?\s*[.):-]\s|\b(?:section|regulation|s\.?)\s*\d+(?:\s*\(\w+\))*", RegexOptions.IgnoreCase)]
    private static partial Regex NotAFigure();

    [GeneratedRegex(@"\b(?:because|due to|as a result of|the reason|caused by|owing to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GivesCause();

    [GeneratedRegex(@"^\W*(?:19|20)\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?\W*$")]
    private static partial Regex PeriodAlone();

    [GeneratedRegex(@"\b(?:nil|none|zero)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoneFigure();

    [GeneratedRegex(@"^\W*(?:\d|£)")]
    private static partial Regex RowStart();
}
