using BenchmarkDotNet.Attributes;
using FoiBot.Answering;
using FoiBot.Core;
using FoiBot.Core.Authorities;
using FoiBot.Evaluation;
using FoiBot.Ingestion.Parsing;
using FoiBot.Search;
using FoiBot.Synthetic;

namespace FoiBot.Bench.Micro;

/// <summary>One question against a 10k-letter synthetic index: FoiBot's retrieval, its whole answer, and the peer's search.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private const int Letters = 10_000;
    private string _folder = "";
    private LetterIndex? _index;
    private ExtractiveAnswerEngine? _engine;
    private Fts5Peer? _peer;

    [Params("Does Barnet use facial recognition?", "How many potholes were reported in 2023?", "agency staff spend")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("foibot-micro-").FullName;
        var parser = new LetterParser();
        var letters = Enumerable.Range(0, Letters)
            .Select(i => SyntheticCorpus.Generate(1, i))
            .Select(l => parser.Parse(l.Text, l.RelativePath))
            .ToList();
        LetterIndexBuilder.Build(Path.Combine(_folder, "index"), letters.Select((l, i) => new IndexedLetter($"letter-{i}", l)), new IndexBuildInfo { CorpusFingerprint = "micro", BuiltAt = DateTimeOffset.UnixEpoch });
        _peer = new Fts5Peer(Path.Combine(_folder, "fts5.db"));
        _peer.Add(letters);
        _index = LetterIndex.Open(Path.Combine(_folder, "index"));
        _engine = new ExtractiveAnswerEngine(_index, AuthorityCatalog.Default, new AnswerOptions());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index?.Dispose();
        _peer?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int PeerSearch() => _peer!.Search(Question, null, 40);

    [Benchmark]
    public int FoiBotSearch() => _index!.Search(new PassageQuery { Text = Question, Limit = 40 }).Count;

    [Benchmark]
    public Answer FoiBotAsk() => _engine!.Answer(Question);
}
