using System.Diagnostics;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Search;

namespace FoiBot.Indexing;

/// <summary>
/// Brings an index up to date by re-reading only the corpus files added, changed (length or last-write time) or
/// removed, when nothing every letter depends on (reading code, provenance tables) changed.
/// </summary>
/// <remarks>
/// A letter held by several files is indexed from one of them and recorded as a copy by the others, so removing the
/// file it is indexed from re-reads those others and the letter stays. Which file holds which letter is looked up in
/// the index term by term, so the cost of an update follows the files it touches, not the size of the corpus.
/// </remarks>
internal sealed class IndexUpdater(CorpusLoader loader, FileProvenance provenance, TimeProvider time)
{
    /// <summary>The digest of what every letter depends on; while it is unchanged the index can be updated file by file.</summary>
    public static string BaseFingerprint(CorpusScan scan) => CorpusScanner.Fingerprint(scan.ManifestFiles, scan.RootAuthorities);

    /// <summary>
    /// Compares every file of <paramref name="scan"/> with the index's records and updates what differs, recording
    /// <paramref name="roots"/> as the index's folders; null when only a full rebuild will do. An update that would leave
    /// no letter is not committed unless <paramref name="allowEmpty"/>.
    /// </summary>
    /// <exception cref="IndexChangedElsewhereException"><paramref name="expectRoots"/>, and the index records other folders than <paramref name="roots"/>.</exception>
    public IndexUpdateSummary? TryUpdate(string indexPath, CorpusScan scan, IReadOnlyList<string> roots, bool allowEmpty, bool expectRoots, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var writer = LetterIndexWriter.Open(indexPath);

        // Checked under the writer's lock: a commit by another process between the caller's look and now is not overwritten.
        if (expectRoots && writer.BuildInfo.Roots.Count > 0 && !CorpusRoots.Same(writer.BuildInfo.Roots, roots))
        {
            throw new IndexChangedElsewhereException(indexPath);
        }

        if (writer.BuildInfo.BaseFingerprint != BaseFingerprint(scan))
        {
            return null;
        }

        var records = writer.FileStamps().ToDictionary(f => f.Key, StringComparer.Ordinal);
        var corpus = scan.Files.ToDictionary(f => f.FullPath, StringComparer.Ordinal);
        var paths = new List<string>();
        foreach (var file in scan.Files)
        {
            if (!records.Remove(file.FullPath, out var record) || record.Length != file.Length || record.LastWriteTicks != file.LastWriteTime.UtcTicks)
            {
                paths.Add(file.FullPath);
            }
        }

        // What is left was recorded but is no longer in the corpus.
        paths.AddRange(records.Keys);
        return Apply(writer, scan, corpus.GetValueOrDefault, paths, scan.Fingerprint(), roots, allowEmpty, started, cancellationToken);
    }

    /// <summary>
    /// Updates only the files at <paramref name="paths"/> (added, changed or removed; unchanged ones are passed over).
    /// <paramref name="corpus"/> says what is at a path now (null: no letter file), <paramref name="tables"/> carries the
    /// provenance tables (its letter list is not read), and <paramref name="fingerprint"/> is the corpus's fingerprint,
    /// which the caller keeps as a running total rather than hashing every file again. Null when the index is not the
    /// one the caller expects, as its committed fingerprint is not <paramref name="expectedFingerprint"/>, or it needs a
    /// full rebuild.
    /// </summary>
    public IndexUpdateSummary? TryUpdate(
        string indexPath, CorpusScan tables, Func<string, CorpusFile?> corpus, IReadOnlyCollection<string> paths, string expectedFingerprint, string fingerprint, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var writer = LetterIndexWriter.Open(indexPath);
        return writer.BuildInfo.CorpusFingerprint != expectedFingerprint || writer.BuildInfo.BaseFingerprint != BaseFingerprint(tables)
            ? null
            : Apply(writer, tables, corpus, paths, fingerprint, writer.BuildInfo.Roots, allowEmpty: false, started, cancellationToken);
    }

    /// <summary>
    /// Runs the update path once without changing the index (one file read and indexed, its records looked up, and the
    /// writer disposed uncommitted, which discards the change), so a long-running host's first real update is about as
    /// quick as the rest rather than paying for compiling that path (about half a second).
    /// </summary>
    public void WarmUp(string indexPath, CorpusScan tables, CorpusFile file, CancellationToken cancellationToken)
    {
        var load = loader.Load(tables with { Files = [file] }, cancellationToken: cancellationToken);
        using var writer = LetterIndexWriter.Open(indexPath);
        var owners = new LetterOwners(writer);
        foreach (var letter in load.Letters)
        {
            _ = owners.IsIndexed(letter.ContentHash);
            _ = writer.FilesHoldingCopy(letter.ContentHash);
            writer.Upsert([new IndexedLetter(letter.ContentHash, letter.Disclosure)]);
        }

        _ = writer.FindFile(file.FullPath);
    }

    private IndexUpdateSummary Apply(
        LetterIndexWriter writer,
        CorpusScan tables,
        Func<string, CorpusFile?> corpus,
        IReadOnlyCollection<string> paths,
        string fingerprint,
        IReadOnlyList<string> roots,
        bool allowEmpty,
        long started,
        CancellationToken cancellationToken)
    {
        var wanted = paths.ToHashSet(StringComparer.Ordinal);
        var owners = new LetterOwners(writer);
        var reread = new HashSet<string>(StringComparer.Ordinal);
        int added = 0, changed = 0, removed = 0;
        foreach (var path in wanted)
        {
            var record = writer.FindFile(path);
            var file = corpus(path);
            if (record is null)
            {
                if (file is not null && reread.Add(path))
                {
                    added++;
                }

                continue;
            }

            if (file is not null && IsCurrent(record, file))
            {
                continue;
            }

            owners.Forget(record);
            if (file is null)
            {
                writer.RemoveFile(path);
                removed++;
            }
            else
            {
                reread.Add(path);
                changed++;
            }
        }

        // Files holding a copy of a letter whose file was just forgotten are read again, so the letter is indexed from them.
        foreach (var letterId in owners.Freed.ToList())
        {
            foreach (var holder in writer.FilesHoldingCopy(letterId))
            {
                if (!wanted.Contains(holder.Key) && corpus(holder.Key) is not null && reread.Add(holder.Key))
                {
                    owners.Forget(holder);
                }
            }
        }

        var (files, load) = Read(writer, tables, corpus, wanted, reread, owners, cancellationToken);
        var byFile = FileProvenance.LettersByFile(load.Letters);
        var letters = load.Letters.ToLookup(l => l.File.FullPath, StringComparer.Ordinal);
        var skipped = FileProvenance.ByFile(load.Skipped);
        foreach (var file in files)
        {
            var here = new List<string>();
            foreach (var letter in letters[file.FullPath].Where(l => owners.Claim(l.ContentHash, file.FullPath)))
            {
                writer.Upsert([new IndexedLetter(letter.ContentHash, letter.Disclosure)]);
                here.Add(letter.ContentHash);
            }

            var record = provenance.Record(file, here, owners.IsIndexed, skipped, cancellationToken);

            // A letter already indexed from an unchanged file stays indexed from it; this file holds a copy.
            var alsoHere = byFile.GetValueOrDefault(file.FullPath, []).Except(here, StringComparer.Ordinal);
            writer.UpsertFile(record with { Duplicates = [.. record.Duplicates.Union(alsoHere, StringComparer.Ordinal)] });
        }

        // A corpus that went empty is far more often a folder unmounted, emptied by mistake or half-synced than a
        // wish to forget every letter: the writer is disposed uncommitted, which leaves the index as it was.
        var before = writer.CommittedLetters;
        if (!allowEmpty && before > 0 && writer.Pending().Letters == 0)
        {
            return new IndexUpdateSummary(added, changed, removed, before, load.Skipped, Stopwatch.GetElapsedTime(started)) { Refused = true };
        }

        var info = new IndexBuildInfo
        {
            CorpusFingerprint = fingerprint,
            BaseFingerprint = BaseFingerprint(tables),
            BuiltAt = time.GetUtcNow(),
            Roots = roots,
            RootAuthorities = tables.RootAuthorities,
        };
        var result = writer.Commit(info);
        return new IndexUpdateSummary(added, changed, removed, result.Letters, load.Skipped, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// Reads the files in <paramref name="reread"/> and gives each letter with no authority of its own the one its folder
    /// agrees on, counting the folder's unchanged letters as indexed (<see cref="SiblingAuthorities"/>); an unchanged
    /// letter whose folder's agreement this update makes or breaks is read again too, so the index holds what a full
    /// build would.
    /// </summary>
    private (List<CorpusFile> Files, CorpusLoad Load) Read(
        LetterIndexWriter writer, CorpusScan tables, Func<string, CorpusFile?> corpus, HashSet<string> wanted, HashSet<string> reread, LetterOwners owners, CancellationToken cancellationToken)
    {
        var folders = wanted.Concat(reread).Select(SiblingAuthorities.FolderOf).ToHashSet(StringComparer.Ordinal);
        var kept = IndexedSiblings.Read(writer, folders, key => !reread.Contains(key) && corpus(key) is not null);
        var (files, load) = Load(reread);
        var letters = SiblingAuthorities.Assign(load.Letters, SiblingAuthorities.VotesByFolder(kept));
        var votes = SiblingAuthorities.VotesByFolder(kept.Concat(letters.Select(FiledAuthority.Of)));
        var stale = kept
            .Where(k => SiblingAuthorities.IsStale(k, SiblingAuthorities.ConsensusOf(votes, SiblingAuthorities.FolderOf(k.Path))))
            .Select(k => k.Path)
            .ToHashSet(StringComparer.Ordinal);
        if (stale.Count == 0)
        {
            return (files, load with { Letters = letters });
        }

        // Read before forgetting: an unchanged file that cannot be read now keeps its letters as they are indexed,
        // rather than losing them for want of a new authority.
        var (moreFiles, more) = Load(stale);
        var readBack = more.Letters.Select(l => l.File.FullPath).ToHashSet(StringComparer.Ordinal);
        moreFiles = [.. moreFiles.Where(f => readBack.Contains(f.FullPath))];
        foreach (var path in readBack)
        {
            owners.Forget(writer.FindFile(path)!);
        }

        reread.UnionWith(readBack);
        var others = SiblingAuthorities.VotesByFolder(kept.Where(k => !stale.Contains(k.Path)).Concat(letters.Select(FiledAuthority.Of)));
        letters.AddRange(SiblingAuthorities.Assign(more.Letters, others));
        return ([.. files.Concat(moreFiles).OrderBy(f => f.FullPath, StringComparer.Ordinal)], new CorpusLoad(letters, [.. load.Skipped, .. more.Skipped], load.Fingerprint));

        (List<CorpusFile> Files, CorpusLoad Load) Load(IEnumerable<string> paths)
        {
            // In path order, so which of two new copies of a letter it is indexed from does not depend on event order.
            var found = paths.Select(corpus).OfType<CorpusFile>().OrderBy(f => f.FullPath, StringComparer.Ordinal).ToList();
            return (found, loader.Load(tables with { Files = found }, cancellationToken: cancellationToken));
        }
    }

    private static bool IsCurrent(IndexedFile record, CorpusFile file) =>
        record.Length == file.Length && record.LastWriteTicks == file.LastWriteTime.UtcTicks;

    /// <summary>Which file each letter is indexed from: the committed index, overlaid with this update's changes.</summary>
    private sealed class LetterOwners(LetterIndexWriter writer)
    {
        private readonly Dictionary<string, string?> _changed = new(StringComparer.Ordinal);

        /// <summary>Letters this update removed from the index, to be indexed again from whichever file still holds them.</summary>
        public List<string> Freed { get; } = [];

        public bool IsIndexed(string letterId) => OwnerOf(letterId) is not null;

        /// <summary>Records the letter as indexed from <paramref name="key"/>, unless another file already has it.</summary>
        public bool Claim(string letterId, string key)
        {
            if (IsIndexed(letterId))
            {
                return false;
            }

            _changed[letterId] = key;
            return true;
        }

        /// <summary>Removes the letters indexed from a file.</summary>
        public void Forget(IndexedFile record)
        {
            foreach (var letterId in record.Letters)
            {
                writer.Remove(letterId);
                _changed[letterId] = null;
                Freed.Add(letterId);
            }
        }

        private string? OwnerOf(string letterId) => _changed.TryGetValue(letterId, out var key) ? key : writer.FileIndexing(letterId);
    }
}
