using FoiBot.Core.Authorities;
using FoiBot.Indexing;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;
using FoiBot.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace FoiBot.Testing;

/// <summary>Real Lucene indexes of real letters for tests, built by the same builder as `foibot index` (file records and folders included).</summary>
public static class CorpusIndex
{
    /// <summary>Indexes the letters under <paramref name="roots"/> (default: the bundled corpus) into <paramref name="indexFolder"/> and opens the index.</summary>
    /// <param name="sourceBase">What letter paths are written relative to; default the repository, so sources read "corpus/dev/...".</param>
    public static LetterIndex Build(string indexFolder, IReadOnlyList<string>? roots = null, string? sourceBase = null)
    {
        Store(sourceBase).Build(indexFolder, roots ?? [RepoPaths.Corpus]);
        return LetterIndex.Open(indexFolder);
    }

    /// <summary>The index builder `foibot index` uses, writing letter paths relative to <paramref name="sourceBase"/> (default the repository), on a fixed clock.</summary>
    public static IndexStore Store(string? sourceBase = null) =>
        new(new CorpusOptions(), AuthorityCatalog.Default, sourceBase ?? RepoPaths.Root, new ManualTime(), NullLogger.Instance);

    /// <summary>The parsed letters under <paramref name="roots"/> (default: the bundled corpus).</summary>
    public static CorpusLoad Load(IReadOnlyList<string>? roots = null, string? sourceBase = null) =>
        new CorpusLoader(new CorpusOptions(), new LetterParser(), sourceBase ?? RepoPaths.Root).Load(roots ?? [RepoPaths.Corpus]);

    /// <summary>The letters as the index builder takes them, keyed by content hash as `foibot index` keys them.</summary>
    public static IEnumerable<IndexedLetter> Indexed(CorpusLoad load) => load.Letters.Select(l => new IndexedLetter(l.ContentHash, l.Disclosure));
}
