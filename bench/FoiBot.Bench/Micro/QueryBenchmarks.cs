using BenchmarkDotNet.Attributes;
using FoiBot.Answering;
using FoiBot.Core;
using FoiBot.Core.Authorities;
using FoiBot.Evaluation;
using FoiBot.Indexing;
using FoiBot.Ingestion.Corpus;
using FoiBot.Search;
using Microsoft.Extensions.Logging.Abstractions;
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

        // Written out and indexed the way `foibot index` does it, so the index is the one users query.
        var corpus = Path.Combine(_folder, "corpus");
        for (var i = 0; i < Letters; i++)
        {
            var letter = SyntheticCorpus.Generate(1, i);
            var path = Path.Combine(corpus, letter.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, letter.Text);
        }

        var store = new IndexStore(new CorpusOptions(), AuthorityCatalog.Default, _folder, TimeProvider.System, NullLogger.Instance);
        store.Build(Path.Combine(_folder, "index"), [corpus]);
        _peer = new Fts5Peer(Path.Combine(_folder, "fts5.db"));
        _peer.Add(store.Load([corpus]).Letters.Select(l => l.Disclosure));
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
