using FoiBot.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace FoiBot.Search.Indexing;

/// <summary>The one writer configuration shared by full builds and in-place updates, so both write the same index.</summary>
internal static class WriterSettings
{
    /// <summary>Flushing less often makes fewer, larger segments to merge; the buffer is freed when the writer closes.</summary>
    private const double RamBufferMegabytes = 64;

    public static IndexWriterConfig Create(FoiTextAnalyzer analyzer, OpenMode mode) => new(FoiTextAnalyzer.Version, analyzer)
    {
        OpenMode = mode,
        Similarity = new BM25Similarity(),
        RAMBufferSizeMB = RamBufferMegabytes,

        // Compound files save file handles, not time: skipping them avoids copying every segment once more.
        UseCompoundFile = false,
        MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
    };
}
