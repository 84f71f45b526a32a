using FoiBot.Answering;
using FoiBot.Core.Authorities;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;
using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Answering.Tests;

/// <summary>A real Lucene index of the bundled corpus in a temp folder, built once for a test class.</summary>
public sealed class CorpusIndexFixture : IDisposable
{
    private readonly TempDirectory _folder = new();

    public CorpusIndexFixture()
    {
        var load = new CorpusLoader(new CorpusOptions(), new LetterParser(), RepoPaths.Root).Load([RepoPaths.Corpus]);
        var info = new IndexBuildInfo { CorpusFingerprint = load.Fingerprint, BuiltAt = DateTimeOffset.UnixEpoch };
        LetterIndexBuilder.Build(_folder.Path, load.Letters.Select(l => new IndexedLetter(l.ContentHash, l.Disclosure)), info);
        Index = LetterIndex.Open(_folder.Path);
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
