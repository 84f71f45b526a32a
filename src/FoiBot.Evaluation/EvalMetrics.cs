namespace FoiBot.Evaluation;

/// <summary>
/// A system's figures over a set of questions. Recall and rank are measured on answerable questions only; recall@k is
/// the share of a question's gold letters found in the first k offered, out of at most k, averaged over questions.
/// Citation precision covers every citation made, including those made on questions nothing answers. A figure with
/// no questions to measure it on is null rather than a flattering 1; so is one the system cannot be measured on
/// (the peer gives no verdict and quotes nothing).
/// </summary>
public sealed record EvalMetrics
{
    public required int Questions { get; init; }

    public required int Answerable { get; init; }

    public required int Unanswerable { get; init; }

    public double? RecallAt1 { get; init; }

    public double? RecallAt5 { get; init; }

    public double? Mrr { get; init; }

    public int Citations { get; init; }

    public double? CitationPrecision { get; init; }

    /// <summary>Share of unanswerable questions on which the system abstained.</summary>
    public double? AbstentionAccuracy { get; init; }

    /// <summary>Share of answerable questions on which the system abstained.</summary>
    public double? FalseAbstention { get; init; }

    /// <summary>Answerable questions expecting a yes/no or refusal kind of verdict, put to a system that gives verdicts.</summary>
    public int VerdictQuestions { get; init; }

    /// <summary>Share of <see cref="VerdictQuestions"/> whose verdict met the expected one; an abstention counts as wrong.</summary>
    public double? VerdictAccuracy { get; init; }

    /// <summary>Answerable questions with a key figure or phrase.</summary>
    public int KeyQuestions { get; init; }

    /// <summary>Share of <see cref="KeyQuestions"/> whose shown answer holds the key; an abstention shows none.</summary>
    public double? KeyShown { get; init; }

    /// <summary>Keys not shown, counted by where they were (<see cref="KeyMiss"/>); a system that does not say where is counted only by abstention and gold letters cited.</summary>
    public IReadOnlyDictionary<string, int> KeyMisses { get; init; } = new Dictionary<string, int>();

    /// <summary>Quotes shown on questions the system did not abstain on.</summary>
    public int Quotes { get; init; }

    /// <summary>Share of <see cref="Quotes"/> that are answer sentences rather than labels, echoed questions or openers.</summary>
    public double? UsefulQuotes { get; init; }

    public static EvalMetrics Of(IReadOnlyCollection<QuestionResult> results)
    {
        var answerable = results.Where(r => r.Question.Answerable).ToList();
        var unanswerable = results.Where(r => !r.Question.Answerable).ToList();
        var citations = results.Sum(r => r.Response.Cited.Count);
        var verdicts = results.Where(r => r.VerdictRight is not null).ToList();
        var keys = results.Where(r => r.KeyShown is not null).ToList();
        var quotes = results.SelectMany(r => r.QuoteKinds).ToList();
        return new EvalMetrics
        {
            Questions = results.Count,
            Answerable = answerable.Count,
            Unanswerable = unanswerable.Count,
            RecallAt1 = Mean(answerable, r => r.RecallAt1),
            RecallAt5 = Mean(answerable, r => r.RecallAt5),
            Mrr = Mean(answerable, r => r.FirstGoldRank is { } rank ? 1.0 / rank : 0),
            Citations = citations,
            CitationPrecision = citations == 0 ? null : (double)results.Sum(r => r.GoldCitations) / citations,
            AbstentionAccuracy = Mean(unanswerable, r => r.Response.Abstained ? 1 : 0),
            FalseAbstention = Mean(answerable, r => r.Response.Abstained ? 1 : 0),
            VerdictQuestions = verdicts.Count,
            VerdictAccuracy = Mean(verdicts, r => r.VerdictRight == true ? 1 : 0),
            KeyQuestions = keys.Count,
            KeyShown = Mean(keys, r => r.KeyShown == true ? 1 : 0),
            KeyMisses = keys.Where(r => r.KeyMiss is not null).GroupBy(r => r.KeyMiss!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            Quotes = quotes.Count,
            UsefulQuotes = quotes.Count == 0 ? null : (double)quotes.Count(k => k == QuoteKind.Answer) / quotes.Count,
        };
    }

    private static double? Mean(List<QuestionResult> results, Func<QuestionResult, double> value) =>
        results.Count == 0 ? null : results.Average(value);
}
