using System.Diagnostics;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Search;

namespace FoiBot.Cli.Indexing;

/// <summary>
/// Brings an index up to date by re-reading only the corpus files added, changed (length or last-write time) or
/// removed since it was written, when nothing every letter depends on (reading code, provenance tables) changed.
/// </summary>
/// <remarks>
/// A letter held by several files is indexed from one of them and recorded as a duplicate by the others, so
/// removing the file it is indexed from re-reads those others and the letter stays.
/// </remarks>
internal sealed class IndexUpdater(CorpusLoader loader, FileProvenance provenance, TimeProvider time)
{
    /// <summary>The digest of what every letter depends on; while it is unchanged the index can be updated file by file.</summary>
    public static string BaseFingerprint(CorpusScan scan) => CorpusScanner.Fingerprint(scan.ManifestFiles);

    /// <summary>Updates the index in place, or returns null when only a full rebuild will do.</summary>
    public IndexUpdateSummary? TryUpdate(string indexPath, CorpusScan scan, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Dictionary<string, IndexedFile> records;
        using (var index = LetterIndex.Open(indexPath))
        {
            if (index.BuildInfo.BaseFingerprint != BaseFingerprint(scan))
            {
                return null;
            }

            records = index.Files().ToDictionary(f => f.Key, StringComparer.Ordinal);
        }

        var current = scan.Files.ToDictionary(f => f.FullPath, StringComparer.Ordinal);
        var added = scan.Files.Where(f => !records.ContainsKey(f.FullPath)).ToList();
        var changed = scan.Files.Where(f => records.TryGetValue(f.FullPath, out var r) && (r.Length != f.Length || r.LastWriteTicks != f.LastWriteTime.UtcTicks)).ToList();
        var removed = records.Values.Where(r => !current.ContainsKey(r.Key)).ToList();

        using var writer = LetterIndexWriter.Open(indexPath);
        var owners = records.Values.SelectMany(r => r.Letters.Select(id => (id, r.Key))).ToDictionary(p => p.id, p => p.Key, StringComparer.Ordinal);
        var freed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in removed.Concat(changed.Select(f => records[f.FullPath])))
        {
            Forget(writer, record, owners, freed);
        }

        // Files whose letter was indexed from a file now gone are read again, so the letter is indexed from them.
        var orphans = records.Values.Where(r => current.ContainsKey(r.Key) && r.Duplicates.Any(freed.Contains)).ToList();
        foreach (var record in orphans)
        {
            Forget(writer, record, owners, freed);
        }

        var reread = added.Concat(changed).Select(f => f.FullPath).Concat(orphans.Select(r => r.Key)).ToHashSet(StringComparer.Ordinal);
        var load = loader.Load(scan with { Files = [.. scan.Files.Where(f => reread.Contains(f.FullPath))] }, cancellationToken: cancellationToken);
        var byFile = FileProvenance.LettersByFile(load.Letters);
        var letters = load.Letters.ToLookup(l => l.File.FullPath, StringComparer.Ordinal);
        var skipped = FileProvenance.ByFile(load.Skipped);
        foreach (var file in scan.Files.Where(f => reread.Contains(f.FullPath)))
        {
            var here = new List<string>();
            foreach (var letter in letters[file.FullPath].Where(l => owners.TryAdd(l.ContentHash, file.FullPath)))
            {
                writer.Upsert([new IndexedLetter(letter.ContentHash, letter.Disclosure)]);
                here.Add(letter.ContentHash);
            }

            var record = provenance.Record(file, here, owners.ContainsKey, skipped, cancellationToken);

            // A letter already indexed from an unchanged file stays indexed from it; this file holds a duplicate.
            var alsoHere = byFile.GetValueOrDefault(file.FullPath, []).Except(here, StringComparer.Ordinal);
            writer.UpsertFile(record with { Duplicates = [.. record.Duplicates.Union(alsoHere, StringComparer.Ordinal)] });
        }

        foreach (var record in removed)
        {
            writer.RemoveFile(record.Key);
        }

        var result = writer.Commit(new IndexBuildInfo
        {
            CorpusFingerprint = scan.Fingerprint(),
            BaseFingerprint = BaseFingerprint(scan),
            BuiltAt = time.GetUtcNow(),
        });
        return new IndexUpdateSummary(added.Count, changed.Count, removed.Count, result.Letters, load.Skipped, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Removes the letters indexed from a file, to be indexed again from whichever file still holds them.</summary>
    private static void Forget(LetterIndexWriter writer, IndexedFile record, Dictionary<string, string> owners, HashSet<string> freed)
    {
        foreach (var letterId in record.Letters)
        {
            writer.Remove(letterId);
            owners.Remove(letterId);
            freed.Add(letterId);
        }
    }
}
