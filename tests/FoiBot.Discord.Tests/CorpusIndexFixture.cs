using FoiBot.Answering;
using FoiBot.Core.Authorities;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;
using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Discord.Tests;

/// <summary>The real letters in corpus/, indexed into a temp folder once per test class, with the real extractive engine.</summary>
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

    public IAnswerEngine Engine { get; }

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
