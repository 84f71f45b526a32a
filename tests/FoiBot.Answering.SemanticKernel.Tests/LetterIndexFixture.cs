using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Answering.SemanticKernel.Tests;

/// <summary>A real Lucene index of the bundled letters in a temp folder, built once for a test class.</summary>
public sealed class LetterIndexFixture : IDisposable
{
    private readonly TempDirectory _folder = new();

    public LetterIndexFixture()
    {
        Index = Build(_folder.Path, RepoPaths.Corpus);
    }

    public LetterIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }

    /// <summary>Indexes the letters under <paramref name="corpus"/> into <paramref name="indexFolder"/> and opens the index.</summary>
    public static LetterIndex Build(string indexFolder, string corpus) => CorpusIndex.Build(indexFolder, [corpus], sourceBase: corpus);
}
