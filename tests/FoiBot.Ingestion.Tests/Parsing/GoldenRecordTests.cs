using System.Globalization;
using System.Text.Json;
using FoiBot.Core;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// Every golden record in Golden/ was written by reading the letter and checking each field against it. The
/// loader (parser plus the corpus's SOURCES.md) must reproduce every field exactly.
/// </summary>
public sealed class GoldenRecordTests
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly Lazy<Dictionary<string, Disclosure>> s_corpus = new(LoadCorpus);

    public static TheoryData<string> GoldenFiles() => new(GoldenFileNames());

    private static List<string> GoldenFileNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.json")
            .Select(p => Path.GetFileName(p))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Parse_CorpusLetter_ReproducesGoldenRecord(string goldenFile)
    {
        var golden = JsonSerializer.Deserialize<GoldenRecord>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", goldenFile)), s_json)!;
        Assert.True(s_corpus.Value.TryGetValue(golden.File, out var actual), $"{golden.File} was not loaded from corpus/");

        Assert.Equal(golden.Authority, actual.Authority);
        Assert.Equal(golden.References, actual.References);
        Assert.Equal(golden.ResponseDate, Iso(actual.ResponseDate));
        Assert.Equal(golden.ReceivedDate, Iso(actual.ReceivedDate));
        Assert.Equal(golden.Subject, actual.Subject);
        Assert.Equal(golden.Law, actual.Law.ToString());
        Assert.Equal(golden.Outcome, actual.Outcome.ToString());
        Assert.Equal(golden.Pairs.Count, actual.Pairs.Count);
        for (var i = 0; i < golden.Pairs.Count; i++)
        {
            var (want, got) = (golden.Pairs[i], actual.Pairs[i]);
            var where = $"{golden.File} pair {i} ({want.Number})";
            Assert.True(want.Number == got.Number, $"{where}: number {got.Number}");
            Assert.True(want.Question == got.Question, $"{where}: question\n  want: {want.Question}\n  got:  {got.Question}");
            Assert.True(want.Answer == got.Answer, $"{where}: answer\n  want: {want.Answer}\n  got:  {got.Answer}");
            Assert.True(want.Outcome == got.Outcome.ToString(), $"{where}: outcome {got.Outcome}");
            Assert.Equal(want.Exemptions, got.Exemptions);
        }
    }

    [Fact]
    public void GoldenSet_CoversEveryCorpusLetter()
    {
        var letters = s_corpus.Value.Keys.Order(StringComparer.Ordinal).ToList();
        var golden = GoldenFileNames()
            .Select(f => JsonSerializer.Deserialize<GoldenRecord>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", f)), s_json)!.File)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(letters, golden);
    }

    [Fact]
    public void Load_WholeCorpus_GivesEveryLetterAnAuthorityAReferenceAndAPair()
    {
        foreach (var (file, letter) in s_corpus.Value)
        {
            Assert.False(letter.Authority is null, $"{file}: no authority");
            Assert.False(letter.References.Count == 0, $"{file}: no reference");
            Assert.False(letter.Pairs.Count == 0, $"{file}: no question/answer pair");
        }

        Assert.Equal(51, s_corpus.Value.Count);
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, Disclosure> LoadCorpus()
    {
        var loader = new CorpusLoader(new CorpusOptions(), new LetterParser(), RepoPaths.Corpus);
        var load = loader.Load([RepoPaths.Corpus]);
        return load.Letters.ToDictionary(l => l.Disclosure.Source, l => l.Disclosure, StringComparer.Ordinal);
    }
}
