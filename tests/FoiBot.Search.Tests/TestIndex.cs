using FoiBot.Testing;

namespace FoiBot.Search.Tests;

/// <summary>A real index of some letters, built in a temp folder and open for searching.</summary>
internal sealed class TestIndex : IDisposable
{
    private readonly TempDirectory _temp = new();

    public TestIndex(IEnumerable<IndexedLetter>? letters = null)
    {
        Path = _temp.Combine("index");
        LetterIndexBuilder.Build(Path, letters ?? SampleLetters.All, SampleLetters.BuildInfo);
        Index = LetterIndex.Open(Path);
    }

    public string Path { get; }

    public LetterIndex Index { get; }

    public IReadOnlyList<PassageHit> Search(string text, string? authority = null) =>
        Index.Search(new PassageQuery { Text = text, Authority = authority });

    public void Dispose()
    {
        Index.Dispose();
        _temp.Dispose();
    }
}
