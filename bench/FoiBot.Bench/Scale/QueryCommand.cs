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

        var ask = QueryLoad.Single(texts, options.Passes, q => engine.Answer(q));
        var search = QueryLoad.Single(texts, options.Passes, q => index.Search(new PassageQuery { Text = q, Limit = Depth }));
        var concurrent = options.Callers.Select(c => QueryLoad.Concurrent(texts, c, options.Duration, q => engine.Answer(q))).ToList();

        var answers = questions.Select(q => (Question: q, Answer: engine.Answer(q.Question))).ToList();
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
            var ask = QueryLoad.Single(texts, options.Passes, q => peer.Search(q, null, Depth));
            var concurrent = options.Callers.Select(c => QueryLoad.Concurrent(texts, c, options.Duration, q => perThread.Value!.Search(q, null, Depth))).ToList();
            var answerable = questions.Where(q => q.Answerable).ToList();
            return new QueryFigures
            {
                System = "FTS5 peer",
                OpenMs = open.Elapsed.TotalMilliseconds,
                Questions = texts.Count,
                AskP50Ms = ask.Percentile(50),
                AskP99Ms = ask.Percentile(99),
                AskPerSecondOneThread = ask.PerSecond,
                SearchP50Ms = ask.Percentile(50),
                SearchP99Ms = ask.Percentile(99),
                Concurrent = concurrent,
                GoldRate = Share(answerable, q => peer.RankReferences(q.Question, 5).Any(r => IsGold(r, q))),
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

    private static bool IsGold(string? reference, EvalQuestion question) =>
        reference is not null && question.GoldRefs.Contains(reference, StringComparer.OrdinalIgnoreCase);

    private static double? Share<T>(IReadOnlyList<T> items, Func<T, bool> test) =>
        items.Count == 0 ? null : items.Count(test) / (double)items.Count;
}
