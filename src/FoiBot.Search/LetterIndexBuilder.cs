using FoiBot.Search.Analysis;
using FoiBot.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace FoiBot.Search;

/// <summary>Writes a complete letter index, replacing the previous one only once the new one is committed.</summary>
public static class LetterIndexBuilder
{
    /// <summary>Indexes every letter (a repeated LetterId is indexed once) and swaps the result into <paramref name="indexDirectory"/>.</summary>
    /// <param name="progress">Receives the number of letters written so far.</param>
    /// <exception cref="IOException">The folder holds files that are not an index, or another build of it is running.</exception>
    public static IndexBuildResult Build(
        string indexDirectory,
        IEnumerable<IndexedLetter> letters,
        IndexBuildInfo info,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(info);

        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexDirectory));
        using var buildLock = IndexFolder.LockForBuild(target);
        IndexFolder.EnsureReplaceable(target);
        var staging = IndexFolder.CreateStaging(target);
        try
        {
            var result = Write(staging, letters, info, progress, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            IndexFolder.Swap(staging, target);
            return result;
        }
        catch
        {
            IndexFolder.TryDelete(staging);
            throw;
        }
    }

    private static IndexBuildResult Write(
        string folder,
        IEnumerable<IndexedLetter> letters,
        IndexBuildInfo info,
        IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        using var directory = new MMapDirectory(folder);
        using var analyzer = new FoiTextAnalyzer();
        var config = new IndexWriterConfig(FoiTextAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        var writer = new IndexWriter(directory, config);
        try
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var passages = 0;
            foreach (var letter in letters)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArgumentNullException.ThrowIfNull(letter, nameof(letters));
                ArgumentException.ThrowIfNullOrWhiteSpace(letter.LetterId, nameof(letters));
                if (!seen.Add(letter.LetterId))
                {
                    continue;
                }

                writer.AddDocuments(LetterDocuments.Create(letter));
                passages += letter.Disclosure.Pairs.Count;
                progress?.Report(seen.Count);
            }

            var result = new IndexBuildResult(seen.Count, passages);
            writer.SetCommitData(CommitData.Write(info, result));
            writer.Commit();
            writer.Dispose();
            return result;
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }
}
