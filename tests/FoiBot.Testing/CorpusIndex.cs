using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;
using FoiBot.Search;

namespace FoiBot.Testing;

/// <summary>Real Lucene indexes of real letters for tests: the bundled corpus (or other folders) parsed and indexed as `foibot index` does.</summary>
public static class CorpusIndex
{
    /// <summary>Indexes the letters under <paramref name="roots"/> (default: the bundled corpus) into <paramref name="indexFolder"/> and opens the index.</summary>
    /// <param name="sourceBase">What letter paths are written relative to; default the repository, so sources read "corpus/dev/...".</param>
    public static LetterIndex Build(string indexFolder, IReadOnlyList<string>? roots = null, string? sourceBase = null)
    {
        var letters = Load(roots, sourceBase);
        var info = new IndexBuildInfo { CorpusFingerprint = letters.Fingerprint, BuiltAt = DateTimeOffset.UnixEpoch };
        LetterIndexBuilder.Build(indexFolder, Indexed(letters), info);
        return LetterIndex.Open(indexFolder);
    }

    /// <summary>The parsed letters under <paramref name="roots"/> (default: the bundled corpus).</summary>
    public static CorpusLoad Load(IReadOnlyList<string>? roots = null, string? sourceBase = null) =>
        new CorpusLoader(new CorpusOptions(), new LetterParser(), sourceBase ?? RepoPaths.Root).Load(roots ?? [RepoPaths.Corpus]);

    /// <summary>The letters as the index builder takes them, keyed by content hash as `foibot index` keys them.</summary>
    public static IEnumerable<IndexedLetter> Indexed(CorpusLoad load) => load.Letters.Select(l => new IndexedLetter(l.ContentHash, l.Disclosure));
}
