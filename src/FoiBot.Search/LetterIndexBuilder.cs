using FoiBot.Search.Analysis;
using FoiBot.Search.Indexing;
using Lucene.Net.Index;
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
        CancellationToken cancellationToken = default) =>
        Build(indexDirectory, letters, [], info, progress, cancellationToken);

    /// <summary>As the other overload, also recording which corpus file produced which letters, for in-place updates later.</summary>
    /// <param name="replacements">
    /// Letters already among <paramref name="letters"/> written again, read after the last of them: what only the whole
    /// corpus tells of a letter (its folder's authority) is known once every letter has gone by. One whose LetterId was
    /// not among them is passed over.
    /// </param>
    public static IndexBuildResult Build(
        string indexDirectory,
        IEnumerable<IndexedLetter> letters,
        IEnumerable<IndexedFile> files,
        IndexBuildInfo info,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default,
        IEnumerable<IndexedLetter>? replacements = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(info);

        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexDirectory));
        using var buildLock = IndexFolder.LockForBuild(target);
        IndexFolder.EnsureReplaceable(target);
        var staging = IndexFolder.CreateStaging(target);
        try
        {
            var result = Write(staging, letters, replacements ?? [], files, info, progress, cancellationToken);
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
        IEnumerable<IndexedLetter> replacements,
        IEnumerable<IndexedFile> files,
        IndexBuildInfo info,
        IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        using var directory = new MMapDirectory(folder);
        using var analyzer = new FoiTextAnalyzer();
        var writer = new IndexWriter(directory, WriterSettings.Create(analyzer, OpenMode.CREATE));
        try
        {
            // One thread: measured here, feeding the writer from two threads cost a third more CPU for no gain in
            // wall time, and a parallel feed would make the document order (the tie-break between equal scores) vary.
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var passages = 0;
            foreach (var letter in letters)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArgumentNullException.ThrowIfNull(letter, nameof(letters));
                ArgumentException.ThrowIfNullOrWhiteSpace(letter.LetterId, nameof(letters));
                if (!seen.TryAdd(letter.LetterId, letter.Disclosure.PassageCount))
                {
                    continue;
                }

                writer.AddDocuments(LetterDocuments.Create(letter));
                passages += letter.Disclosure.PassageCount;
                progress?.Report(seen.Count);
            }

            foreach (var letter in replacements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArgumentNullException.ThrowIfNull(letter, nameof(replacements));
                // A letter never written (its file changed since it was read) is not added behind the reader's back.
                if (!seen.TryGetValue(letter.LetterId, out var pairs))
                {
                    continue;
                }

                writer.UpdateDocuments(new Term(IndexFields.Owner, letter.LetterId), LetterDocuments.Create(letter));
                passages += letter.Disclosure.PassageCount - pairs;
                seen[letter.LetterId] = letter.Disclosure.PassageCount;
            }

            foreach (var file in files)
            {
                writer.AddDocument(FileDocuments.Create(file));
            }

            var result = new IndexBuildResult(seen.Count, passages);
            writer.SetCommitData(CommitData.Write(info, result, Guid.NewGuid().ToString("N")));
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
