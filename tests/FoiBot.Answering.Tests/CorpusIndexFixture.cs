using FoiBot.Answering;
using FoiBot.Core.Authorities;
using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Answering.Tests;

/// <summary>A real Lucene index of the bundled corpus in a temp folder, built once for a test class.</summary>
public sealed class CorpusIndexFixture : IDisposable
{
    private readonly TempDirectory _folder = new();

    public CorpusIndexFixture()
    {
        Index = CorpusIndex.Build(_folder.Path);
        Engine = new ExtractiveAnswerEngine(Index, AuthorityCatalog.Default, new AnswerOptions());
    }

    public LetterIndex Index { get; }

    public ExtractiveAnswerEngine Engine { get; }

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
