using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using FoiBot.Evaluation;
using FoiBot.Search;

namespace FoiBot.Bench.Scale;

/// <summary>
/// For each corpus size: generate the letters (or reuse them), ingest them with the real `foibot index`, build the
/// FTS5 peer from the same letters, time both over the same questions in separate processes, then time a cold
/// `foibot ask` and adding one letter. Each size's figures are saved as they are measured.
/// </summary>
internal sealed class ScaleRunner(ScaleOptions options, TextWriter log)
{
    private static readonly TimeSpan s_longest = TimeSpan.FromHours(3);

    public void Run()
    {
        Directory.CreateDirectory(options.Work);
        Directory.CreateDirectory(options.Results);
        var foibot = FoiBotCli.Build(Repository.Root(), options.Work, log);
        foreach (var size in options.Sizes)
        {
            var result = Measure(size, foibot);
            var path = ScaleResults.Save(options.Results, result);
            log.WriteLine($"Saved {path}");
        }

        var report = ScaleReport.Write(options.Results, options.Readme);
        log.WriteLine(report);
    }

    private ScaleResult Measure(int size, FoiBotCli foibot)
    {
        var corpus = SyntheticCorpusFolder.Ensure(options.Work, size, options.Seed, log);
        var index = Path.Combine(options.Work, $"index-{size}");
        var database = Path.Combine(options.Work, $"fts5-{size}.db");
        try
        {
            log.WriteLine($"[{size}] foibot index --force");
            var ingest = foibot.Run(["index", "--force", "--corpus", corpus.Folder, "--index", index], s_longest).EnsureSuccess("foibot index");
            int letters, passages;
            using (var opened = LetterIndex.Open(index))
            {
                (letters, passages) = (opened.LetterCount, opened.PassageCount);
            }

            var seconds = ingest.Elapsed.TotalSeconds;
            var foibotIngest = new IngestFigures(
                "`foibot index --force` in its own process: find, read, parse and index every file",
                seconds, letters / seconds, corpus.Bytes / 1e6 / seconds, FolderBytes(index), ingest.PeakBytes);
            log.WriteLine($"[{size}] {letters} letters in {seconds:F1} s ({letters / seconds:F0} letters/s); building the peer");
            var peerIngest = BuildPeer(index, database, corpus.Bytes, letters);

            var foibotQuery = Query(QueryOptions.FoiBot, index, corpus.Questions, size);
            var peerQuery = Query(QueryOptions.Peer, database, corpus.Questions, size);
            var cold = ColdStart(foibot, corpus, index);
            var incremental = IncrementalUpdate.Measure(foibot, corpus, size, index, options.Seed, log);
            return new ScaleResult
            {
                Letters = size,
                MeasuredAt = DateTimeOffset.UtcNow,
                Machine = $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}",
                CorpusBytes = corpus.Bytes,
                GenerateSeconds = corpus.GenerateSeconds,
                LettersIndexed = letters,
                Passages = passages,
                FoiBotIngest = foibotIngest,
                PeerIngest = peerIngest,
                FoiBotQuery = foibotQuery,
                PeerQuery = peerQuery,
                ColdStart = cold,
                Incremental = incremental,
            };
        }
        finally
        {
            if (options.Clean)
            {
                DeleteQuietly(index);
                File.Delete(database);
                DeleteQuietly(corpus.Folder);
            }
        }
    }

    /// <summary>The peer indexes the letters FoiBot parsed (read back from FoiBot's index), so its time is insertion alone.</summary>
    private static IngestFigures BuildPeer(string index, string database, long corpusBytes, int letters)
    {
        File.Delete(database);
        var clock = Stopwatch.StartNew();
        using (var opened = LetterIndex.Open(index))
        using (var peer = new Fts5Peer(database))
        {
            peer.Add(opened.AllLetters());
        }

        var seconds = clock.Elapsed.TotalSeconds;
        return new IngestFigures(
            "FTS5 insert of the letters FoiBot parsed (no reading or parsing), in the benchmark process",
            seconds, letters / seconds, corpusBytes / 1e6 / seconds, new FileInfo(database).Length, null);
    }

    private QueryFigures Query(string system, string store, string? questions, int size)
    {
        var output = Path.Combine(options.Work, $"query-{system}-{size}.json");
        var query = new QueryOptions
        {
            System = system,
            Store = store,
            Questions = questions,
            Passes = options.Passes,
            Duration = options.Duration,
            Callers = options.Callers,
            Budget = options.Budget,
            Output = output,
        };
        log.WriteLine($"[{size}] timing {system}");
        var bench = typeof(ScaleRunner).Assembly.Location;
        ChildRun.Start("dotnet", [bench, .. query.ToArguments()], options.Work, s_longest).EnsureSuccess($"the {system} query process");
        return JsonSerializer.Deserialize<QueryFigures>(File.ReadAllText(output), ScaleJson.Options)
            ?? throw new InvalidOperationException($"{output} is empty.");
    }

    private ColdStartFigures ColdStart(FoiBotCli foibot, SyntheticCorpusFolder corpus, string index)
    {
        var runs = Enumerable.Range(0, options.ColdRuns)
            .Select(_ => foibot.Run(["ask", corpus.SampleQuestion, "--corpus", corpus.Folder, "--index", index], TimeSpan.FromMinutes(5)).EnsureSuccess("foibot ask"))
            .ToList();
        var times = runs.Select(r => r.Elapsed.TotalMilliseconds).Order().ToList();
        return new ColdStartFigures(runs.Count, times[times.Count / 2], times[0], runs.Max(r => r.PeakBytes));
    }

    private static long FolderBytes(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    private static void DeleteQuietly(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
