using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using FoiBot.Synthetic;

namespace FoiBot.Bench.Scale;

/// <summary>
/// `foibot serve` holding the index open and following the corpus, as a deployment runs: for each of a few new letters,
/// the time from its file being written into the corpus to GET /api/letters/{reference} serving it, and from the
/// file's deletion to the letter being gone. Measured from outside, through HTTP, so it is what a user sees.
/// </summary>
internal static partial class ServeWatch
{
    private const int Letters = 7;
    private static readonly TimeSpan s_startUp = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(60);

    /// <summary>Lets the watcher's first comparison of the whole corpus with the index finish before the clock runs.</summary>
    private static readonly TimeSpan s_settle = TimeSpan.FromSeconds(5);

    public static ServeWatchFigures Measure(FoiBotCli foibot, SyntheticCorpusFolder corpus, int count, string index, int seed, TextWriter log)
    {
        // An existing folder: a new one would be a folder change, which the watcher meets with a full comparison.
        var folder = Directory.CreateDirectory(Path.Combine(corpus.Folder, "incremental")).FullName;
        // The poll asks every 5 ms, far past the API's per-client limit (120 a minute), which would otherwise answer 429 until the minute ends.
        using var serve = foibot.Launch(
            ["serve", "--urls", "http://127.0.0.1:0", "--corpus", corpus.Folder, "--index", index],
            new Dictionary<string, string> { ["Web__RateLimitPermits"] = "100000000" });
        var paths = new List<string>();
        try
        {
            var address = AddressAsync(serve).GetAwaiter().GetResult();
            Thread.Sleep(s_settle);
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            var added = new List<double>();
            var removed = new List<double>();

            // Numbered past the letter the `foibot index` measurement adds, so none was ever indexed before.
            for (var i = 1; i <= Letters; i++)
            {
                var letter = SyntheticCorpus.Generate(seed, count + i);
                var path = Path.Combine(folder, Path.GetFileName(letter.RelativePath));
                paths.Add(path);
                var url = "/api/letters/" + string.Join('/', letter.Reference.Split('/').Select(Uri.EscapeDataString));

                var clock = Stopwatch.StartNew();
                File.WriteAllText(path, letter.Text);
                added.Add(Until(client, url, HttpStatusCode.OK, clock));

                clock.Restart();
                File.Delete(path);
                removed.Add(Until(client, url, HttpStatusCode.NotFound, clock));
                log.WriteLine($"[{count}] serve following the corpus: letter {i} served after {added[^1]:F0} ms, gone after {removed[^1]:F0} ms");

                // Each letter on its own, not caught in the previous one's quiet period.
                Thread.Sleep(500);
            }

            return new ServeWatchFigures(added, removed);
        }
        finally
        {
            if (!serve.HasExited)
            {
                serve.Kill(entireProcessTree: true);
                serve.WaitForExit();
            }

            foreach (var path in paths)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Polls every 5 ms until the letter's page answers <paramref name="wanted"/>; the milliseconds since <paramref name="clock"/> started.</summary>
    private static double Until(HttpClient client, string url, HttpStatusCode wanted, Stopwatch clock)
    {
        while (true)
        {
            using var response = client.GetAsync(url).GetAwaiter().GetResult();
            if (response.StatusCode == wanted)
            {
                return clock.Elapsed.TotalMilliseconds;
            }

            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound))
            {
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: the measurement would be of something else.");
            }

            if (clock.Elapsed > s_patience)
            {
                throw new TimeoutException($"{url} did not answer {(int)wanted} within {s_patience.TotalSeconds} s (last {(int)response.StatusCode}).");
            }

            Thread.Sleep(5);
        }
    }

    /// <summary>Reads serve's output until it names the loopback address it listens on.</summary>
    private static async Task<Uri> AddressAsync(Process serve)
    {
        using var timeout = new CancellationTokenSource(s_startUp);
        var stderr = serve.StandardError.ReadToEndAsync(CancellationToken.None);
        while (await serve.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (Listening().Match(line) is { Success: true } match)
            {
                // Keep draining, so a full pipe never blocks the server.
                _ = serve.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"foibot serve ended before listening: {await stderr}");
    }

    [GeneratedRegex(@"(http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}

/// <summary>Milliseconds from a letter file written into (or deleted from) a served corpus to the letter being served (or gone).</summary>
internal sealed record ServeWatchFigures(IReadOnlyList<double> AddMs, IReadOnlyList<double> RemoveMs)
{
    public double AddMedianMs => Median(AddMs);

    public double AddMaxMs => AddMs.Max();

    public double RemoveMedianMs => Median(RemoveMs);

    private static double Median(IReadOnlyList<double> values)
    {
        var latencies = new Latencies();
        foreach (var value in values)
        {
            latencies.Add(TimeSpan.FromMilliseconds(value));
        }

        return latencies.Percentile(50);
    }
}
