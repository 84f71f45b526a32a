using System.Diagnostics;
using System.Text.Json;
using FoiBot.Answering;
using FoiBot.Core.Authorities;
using FoiBot.Evaluation;
using FoiBot.Search;

namespace FoiBot.Bench.Scale;

/// <summary>
/// The query process: opens one system's existing index, times the questions single-threaded and with concurrent
/// callers, checks the answers against the gold letters, and writes its figures as JSON. It runs as its own process so
/// its peak memory is that system's alone.
/// </summary>
internal static class QueryCommand
{
    /// <summary>The passages both systems read per question, as the answer engine does for one authority.</summary>
    private const int Depth = 40;

    public static void Run(QueryOptions options)
    {
        var questions = options.Questions is { } path && File.Exists(path) ? EvalQuestionFile.Read(path) : BuiltInQuestions.All;
        var texts = questions.Select(q => q.Question).ToList();
        var figures = options.System == QueryOptions.FoiBot ? MeasureFoiBot(options, questions, texts) : MeasurePeer(options, questions, texts);
        figures = figures with { PeakBytes = ProcessMemory.PeakBytes() };
        File.WriteAllText(options.Output, JsonSerializer.Serialize(figures, ScaleJson.Options));
    }

    private static QueryFigures MeasureFoiBot(QueryOptions options, IReadOnlyList<EvalQuestion> questions, List<string> texts)
    {
        var open = Stopwatch.StartNew();
        using var index = LetterIndex.Open(options.Store);
        var engine = new ExtractiveAnswerEngine(index, AuthorityCatalog.Default, new AnswerOptions());
        open.Stop();

        var ask = QueryLoad.Single(texts, options.Passes, options.Budget, q => engine.Answer(q));
        var search = QueryLoad.Single(texts, options.Passes, options.Budget, q => index.Search(new PassageQuery { Text = q, Limit = Depth }));
        var concurrent = options.Callers.Select(c => QueryLoad.Concurrent(texts, c, options.Duration, q => engine.Answer(q))).ToList();

        var answers = Budgeted(questions, options.Budget, q => (Question: q, Answer: engine.Answer(q.Question)));
        var answerable = answers.Where(a => a.Question.Answerable).ToList();
        var unanswerable = answers.Where(a => !a.Question.Answerable).ToList();
        return new QueryFigures
        {
            System = "FoiBot",
            OpenMs = open.Elapsed.TotalMilliseconds,
            Questions = texts.Count,
            AskP50Ms = ask.Percentile(50),
            AskP99Ms = ask.Percentile(99),
            AskPerSecondOneThread = ask.PerSecond,
            AskSamples = ask.Count,
            QualityQuestions = answers.Count,
            SearchP50Ms = search.Percentile(50),
            SearchP99Ms = search.Percentile(99),
            Concurrent = concurrent,
            GoldRate = Share(answerable, a => a.Answer.Citations.Any(c => IsGold(c.Ref, a.Question))),
            AbstainRate = Share(unanswerable, a => a.Answer.Abstained || a.Answer.Citations.Count == 0),
        };
    }

    private static QueryFigures MeasurePeer(QueryOptions options, IReadOnlyList<EvalQuestion> questions, List<string> texts)
    {
        var open = Stopwatch.StartNew();
        var peer = new Fts5Peer(options.Store, create: false);
        open.Stop();

        // A SQLite connection serves one thread at a time, so each concurrent caller gets its own, as a server would.
        using var perThread = new ThreadLocal<Fts5Peer>(() => new Fts5Peer(options.Store, create: false), trackAllValues: true);
        try
        {
            var ask = QueryLoad.Single(texts, options.Passes, options.Budget, q => peer.Search(q, null, Depth));
            var concurrent = options.Callers.Select(c => QueryLoad.Concurrent(texts, c, options.Duration, q => perThread.Value!.Search(q, null, Depth))).ToList();
            var ranked = Budgeted(questions.Where(q => q.Answerable).ToList(), options.Budget, q => (Question: q, Refs: peer.RankReferences(q.Question, 5)));
            return new QueryFigures
            {
                System = "FTS5 peer",
                OpenMs = open.Elapsed.TotalMilliseconds,
                Questions = texts.Count,
                AskP50Ms = ask.Percentile(50),
                AskP99Ms = ask.Percentile(99),
                AskPerSecondOneThread = ask.PerSecond,
                AskSamples = ask.Count,
                QualityQuestions = ranked.Count,
                SearchP50Ms = ask.Percentile(50),
                SearchP99Ms = ask.Percentile(99),
                Concurrent = concurrent,
                GoldRate = Share(ranked, r => r.Refs.Any(reference => IsGold(reference, r.Question))),
            };
        }
        finally
        {
            peer.Dispose();
            foreach (var each in perThread.Values)
            {
                each.Dispose();
            }
        }
    }

    /// <summary>The results for as many questions as fit in the budget (at least 30), in order.</summary>
    private static List<T> Budgeted<T>(IReadOnlyList<EvalQuestion> questions, TimeSpan budget, Func<EvalQuestion, T> run)
    {
        var clock = Stopwatch.StartNew();
        var results = new List<T>();
        foreach (var question in questions)
        {
            if (results.Count >= 30 && clock.Elapsed > budget)
            {
                break;
            }

            results.Add(run(question));
        }

        return results;
    }

    private static bool IsGold(string? reference, EvalQuestion question) =>
        reference is not null && question.GoldRefs.Contains(reference, StringComparer.OrdinalIgnoreCase);

    private static double? Share<T>(IReadOnlyList<T> items, Func<T, bool> test) =>
        items.Count == 0 ? null : items.Count(test) / (double)items.Count;
}
