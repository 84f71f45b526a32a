using System.Diagnostics;
using System.Globalization;
using System.Text;
using FoiBot.Answering;
using FoiBot.Answering.PriorDisclosure;
using FoiBot.Core;
using FoiBot.Core.Authorities;
using FoiBot.Evaluation;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;
using FoiBot.Indexing;
using FoiBot.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace FoiBot.Bench;

/// <summary>Builds both indexes from the same letters and times the same questions against each, in one process.</summary>
internal sealed class BenchRunner(BenchOptions options)
{
    // Questions as users ask them; half name an authority, so both engines filter by it.
    private static readonly (string Question, string? Authority)[] s_questions =
    [
        ("Does Barnet use facial recognition?", "London Borough of Barnet"),
        ("How many CCTV cameras does Moray have?", "Moray Council"),
        ("Does Moray use body worn cameras?", "Moray Council"),
        ("How many public toilets does Moray have?", "Moray Council"),
        ("Does Coventry use facial recognition software?", "Coventry City Council"),
        ("What herbicides does Wokingham use?", "Wokingham Borough Council"),
        ("pothole compensation claims paid", null),
        ("How many fly tipping fixed penalty notices were issued?", null),
        ("ULEZ camera locations", null),
        ("damp and mould complaints in council housing", null),
        ("Has the council been hit by a cyber attack?", null),
        ("How many electric vehicle charging points are installed?", null),
    ];

    public string Run()
    {
        var work = Path.Combine(Path.GetTempPath(), "foibot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        try
        {
            return Measure(work);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private string Measure(string work)
    {
        var loader = new CorpusLoader(new CorpusOptions(), new LetterParser());
        var scan = loader.Scan([options.Corpus]);
        var bytes = scan.Files.Sum(f => f.Length);

        var parse = Stopwatch.StartNew();
        CorpusLoad load = null!;
        for (var i = 0; i < options.Copies; i++)
        {
            load = loader.Load(scan);
        }

        parse.Stop();
        // The build goes the way `foibot index` goes (IndexStore: find, read, parse, index, with each file's provenance),
        // over the copies written out as files; each copy carries a line of its own, so no two letters are the same text.
        var copies = WriteCopies(scan, Path.Combine(work, "corpus"));
        var foibotPath = Path.Combine(work, "foibot");
        var store = new IndexStore(new CorpusOptions(), AuthorityCatalog.Default, work, TimeProvider.System, NullLogger.Instance);
        var build = Stopwatch.StartNew();
        store.Build(foibotPath, [copies]);
        build.Stop();

        var letters = store.Load([copies]).Letters;
        var passages = letters.Sum(l => l.Disclosure.Pairs.Count);

        var ftsPath = Path.Combine(work, "fts5.db");
        var ftsBuild = Stopwatch.StartNew();
        using var peer = new Fts5Peer(ftsPath);
        peer.Add(letters.Select(l => l.Disclosure));
        ftsBuild.Stop();

        var open = Stopwatch.StartNew();
        using var index = LetterIndex.Open(foibotPath);
        var engine = new ExtractiveAnswerEngine(index, AuthorityCatalog.Default, new AnswerOptions());
        open.Stop();

        var ask = Time(q => engine.Answer(q.Question));
        var checker = new PriorDisclosureChecker(index, AuthorityCatalog.Default, new AnswerOptions());
        var checks = TimeChecks(checker);
        var search = Time(q => index.Search(new PassageQuery { Text = q.Question, Authority = q.Authority, Limit = 40 }));
        var fts = Time(q => peer.Search(q.Question, q.Authority, 40));

        var letterCount = letters.Count;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Corpus: {load.Letters.Count} letters x {options.Copies} copies = {letterCount} letters, {passages} passages; {options.Iterations} timed runs of each of {s_questions.Length} questions after a warm-up.");
        text.AppendLine();
        text.AppendLine("| measure | FoiBot | FTS5 peer | FoiBot / peer |");
        text.AppendLine("|---|---|---|---|");
        text.AppendLine(Row("parse (letters/s)", letterCount / parse.Elapsed.TotalSeconds, null, "F0"));
        text.AppendLine(Row("parse (MB/s)", bytes * options.Copies / 1e6 / parse.Elapsed.TotalSeconds, null, "F1"));
        text.AppendLine(Row("ingest: read, parse, index (letters/s)", letterCount / build.Elapsed.TotalSeconds, letterCount / ftsBuild.Elapsed.TotalSeconds, "F0"));
        text.AppendLine(Row("index size on disk (MB)", FolderBytes(foibotPath) / 1e6, new FileInfo(ftsPath).Length / 1e6, "F2"));
        text.AppendLine(Row("open index + engine (ms)", open.Elapsed.TotalMilliseconds, null, "F1"));
        text.AppendLine(Row("retrieval p50 (ms)", search.Percentile(50), fts.Percentile(50), "F3"));
        text.AppendLine(Row("retrieval p99 (ms)", search.Percentile(99), fts.Percentile(99), "F3"));
        text.AppendLine(Row("retrieval (queries/s, 1 thread)", search.PerSecond, fts.PerSecond, "F0"));
        text.AppendLine(Row("full ask p50 (ms)", ask.Percentile(50), null, "F3"));
        text.AppendLine(Row("full ask p99 (ms)", ask.Percentile(99), null, "F3"));
        text.AppendLine(Row("full ask (answers/s, 1 thread)", ask.PerSecond, null, "F0"));
        foreach (var (name, latencies) in checks)
        {
            text.AppendLine(Row($"staff check, {name}, p50 (ms)", latencies.Percentile(50), null, "F1"));
        }
        return text.ToString();
    }

    private Latencies Time(Action<(string Question, string? Authority)> run)
    {
        foreach (var q in s_questions)
        {
            run(q);
        }

        var latencies = new Latencies();
        for (var i = 0; i < options.Iterations; i++)
        {
            foreach (var q in s_questions)
            {
                var started = Stopwatch.GetTimestamp();
                run(q);
                latencies.Add(Stopwatch.GetElapsedTime(started));
            }
        }

        return latencies;
    }

    /// <summary>
    /// The staff check of a request written as people write them and of two 20,000-character requests, one of them a
    /// single word repeated (whose synonym handling once grew with the square of its length); the cost must follow length.
    /// </summary>
    private const string RequestFixtures = "tests/FoiBot.Answering.Tests/PriorDisclosure/Requests";

    private IReadOnlyList<(string Name, Latencies Latencies)> TimeChecks(PriorDisclosureChecker checker)
    {
        var real = "Dear FOI team,\n1. Does the council use facial recognition?\n2. How many CCTV cameras do you operate?\nThanks";
        var requests = new (string Name, string Text)[]
        {
            ("a two-question request", real),
            ("20,000 characters of varied text", string.Concat(Enumerable.Repeat(real + "\n", 20_000 / (real.Length + 1)))),
            ("20,000 characters of one word", string.Concat(Enumerable.Repeat("cctv ", 4_000))),
        };
        if (RealRequests() is { } pasted)
        {
            requests = [.. requests, ("20,000 characters of real requests", pasted)];
        }

        return requests.Select(r =>
        {
            checker.Check(r.Text, null, CancellationToken.None);
            var latencies = new Latencies();
            for (var i = 0; i < Math.Max(options.Iterations / 10, 3); i++)
            {
                var started = Stopwatch.GetTimestamp();
                checker.Check(r.Text, null, CancellationToken.None);
                latencies.Add(Stopwatch.GetElapsedTime(started));
            }

            return (r.Name, latencies);
        }).ToList();
    }

    /// <summary>
    /// Real requests from disclosure logs and WhatDoTheyKnow (the splitter's fixtures in the repository), pasted one
    /// after another up to 20,000 characters: many distinct questions, each searched, which is what a long paste costs.
    /// Null when the benchmark runs outside the repository.
    /// </summary>
    private string? RealRequests()
    {
        var root = new DirectoryInfo(Path.GetFullPath(options.Corpus));
        while (root is not null && !Directory.Exists(Path.Combine(root.FullName, RequestFixtures)))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root.FullName, RequestFixtures), "*.txt").Order(StringComparer.Ordinal))
        {
            text.Append(File.ReadAllText(file)).Append('\n');
            if (text.Length >= 20_000)
            {
                break;
            }
        }

        return text.Length > 20_000 ? text.ToString(0, 20_000) : text.ToString();
    }

    private static string Row(string name, double foibot, double? peer, string format)
    {
        var ratio = peer is { } p && p > 0 ? (foibot / p).ToString("F2", CultureInfo.InvariantCulture) : "n/a";
        var peerText = peer?.ToString(format, CultureInfo.InvariantCulture) ?? "n/a";
        return $"| {name} | {foibot.ToString(format, CultureInfo.InvariantCulture)} | {peerText} | {ratio} |";
    }

    /// <summary>Writes <see cref="BenchOptions.Copies"/> copies of the corpus's files under <paramref name="folder"/>, each file ending with its copy's number.</summary>
    private string WriteCopies(CorpusScan scan, string folder)
    {
        for (var copy = 0; copy < options.Copies; copy++)
        {
            foreach (var file in scan.Files)
            {
                File.WriteAllText(Target(file, copy), File.ReadAllText(file.FullPath) + $"\nCopy {copy}\n");
            }

            // The provenance tables as they are, so each copy's letters keep their authorities, references and dates.
            foreach (var table in scan.ManifestFiles)
            {
                File.Copy(table.FullPath, Target(table, copy));
            }
        }

        return folder;

        string Target(CorpusFile file, int copy)
        {
            var target = Path.Combine(folder, $"copy{copy}", file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            return target;
        }
    }

    private static long FolderBytes(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
