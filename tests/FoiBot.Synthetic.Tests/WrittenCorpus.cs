using System.Text.Json;
using FoiBot.Testing;

namespace FoiBot.Synthetic.Tests;

/// <summary>A 2,000-letter corpus written once for the tests of its truth and question files.</summary>
public sealed class WrittenCorpus : IDisposable
{
    private readonly TempDirectory _folder = new();

    public WrittenCorpus()
    {
        Result = SyntheticCorpus.Write(_folder.Path, new SyntheticCorpusOptions { Letters = 2000, Seed = 4, Questions = 200 });
        Truth = [.. File.ReadLines(Result.TruthPath).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    public SyntheticCorpusResult Result { get; }

    public IReadOnlyList<JsonElement> Truth { get; }

    public void Dispose() => _folder.Dispose();
}
