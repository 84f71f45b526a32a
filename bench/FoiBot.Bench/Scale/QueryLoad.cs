using System.Diagnostics;

namespace FoiBot.Bench.Scale;

/// <summary>Runs one call over a question list: back to back on one thread, and from several callers at once for a fixed time.</summary>
internal static class QueryLoad
{
    /// <summary>Fewest timed calls a budget may cut a measurement to.</summary>
    private const int MinSamples = 30;

    /// <summary>
    /// Every question <paramref name="passes"/> times on this thread, after an untimed warm-up over all of them; a
    /// slow system stops early once <paramref name="budget"/> is spent (the sample count says how far it got).
    /// </summary>
    public static Latencies Single(IReadOnlyList<string> questions, int passes, TimeSpan budget, Action<string> call)
    {
        // Warm up on every question (JIT, first touches of the index's pages, caches), as a running server would be;
        // a system too slow for that in a quarter of the budget is warmed on as many as fit.
        var warming = Stopwatch.GetTimestamp();
        foreach (var question in questions)
        {
            call(question);
            if (Stopwatch.GetElapsedTime(warming) > budget / 4)
            {
                break;
            }
        }

        var latencies = new Latencies();
        var begun = Stopwatch.GetTimestamp();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var question in questions)
            {
                var started = Stopwatch.GetTimestamp();
                call(question);
                latencies.Add(Stopwatch.GetElapsedTime(started));
                if (latencies.Count >= MinSamples && Stopwatch.GetElapsedTime(begun) > budget)
                {
                    return latencies;
                }
            }
        }

        return latencies;
    }

    /// <summary>
    /// <paramref name="callers"/> threads each ask questions back to back (each starting at a different question) until
    /// <paramref name="duration"/> has passed; the calls completed per second over all of them, and their latencies.
    /// </summary>
    public static ConcurrentFigures Concurrent(IReadOnlyList<string> questions, int callers, TimeSpan duration, Action<string> call)
    {
        var perCaller = new Latencies[callers];
        var threads = new Thread[callers];
        using var go = new ManualResetEventSlim();
        var deadline = 0L;
        for (var c = 0; c < callers; c++)
        {
            var caller = c;
            perCaller[caller] = new Latencies();
            threads[caller] = new Thread(() =>
            {
                go.Wait();
                for (var i = caller; Stopwatch.GetTimestamp() < Volatile.Read(ref deadline); i += callers)
                {
                    var started = Stopwatch.GetTimestamp();
                    call(questions[i % questions.Count]);
                    perCaller[caller].Add(Stopwatch.GetElapsedTime(started));
                }
            }) { IsBackground = true, Name = $"caller {caller}" };
            threads[caller].Start();
        }

        var begun = Stopwatch.GetTimestamp();
        Volatile.Write(ref deadline, begun + (long)(duration.TotalSeconds * Stopwatch.Frequency));
        go.Set();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        var elapsed = Stopwatch.GetElapsedTime(begun);
        var all = new Latencies();
        foreach (var latencies in perCaller)
        {
            all.AddRange(latencies);
        }

        return new ConcurrentFigures
        {
            Callers = callers,
            PerSecond = all.Count / elapsed.TotalSeconds,
            P50Ms = all.Percentile(50),
            P99Ms = all.Percentile(99),
        };
    }
}
