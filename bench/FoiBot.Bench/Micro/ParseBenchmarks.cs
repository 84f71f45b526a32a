using BenchmarkDotNet.Attributes;
using FoiBot.Bench.Scale;
using FoiBot.Core;
using FoiBot.Ingestion.Parsing;
using FoiBot.Synthetic;

namespace FoiBot.Bench.Micro;

/// <summary>Parsing one letter: the longest real letter, a real letter of median length, and a synthetic one.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly LetterParser _parser = new();
    private string _longest = "";
    private string _median = "";
    private string _synthetic = "";

    [GlobalSetup]
    public void Setup()
    {
        var letters = Directory.EnumerateFiles(Path.Combine(Repository.Root(), "corpus"), "*.txt", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .OrderBy(text => text.Length)
            .ToList();
        _longest = letters[^1];
        _median = letters[letters.Count / 2];
        _synthetic = SyntheticCorpus.Generate(1, 12_345).Text;
    }

    [Benchmark]
    public Disclosure LongestRealLetter() => _parser.Parse(_longest, "longest.txt");

    [Benchmark(Baseline = true)]
    public Disclosure MedianRealLetter() => _parser.Parse(_median, "median.txt");

    [Benchmark]
    public Disclosure SyntheticLetter() => _parser.Parse(_synthetic, "synthetic.txt");
}
