using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Search;

namespace FoiBot.Indexing;

/// <summary>Works out which letters each corpus file produced, and which of its letters are indexed from another file.</summary>
internal sealed class FileProvenance(CorpusScanner scanner)
{
    /// <summary>The record of one file read in a load.</summary>
    /// <param name="indexedHere">LetterIds indexed from this file.</param>
    /// <param name="indexed">Whether a LetterId is indexed from any file.</param>
    /// <param name="skipped">The load's skipped entries: a file with none holds no duplicate, so it is not read again.</param>
    public IndexedFile Record(CorpusFile file, IReadOnlyList<string> indexedHere, Func<string, bool> indexed, ILookup<string, SkippedFile> skipped, CancellationToken cancellationToken)
    {
        var duplicates = skipped[file.FullPath].Any()
            ? DuplicatesIn(file, indexedHere, indexed, cancellationToken)
            : [];
        return new IndexedFile(file.FullPath, file.Length, file.LastWriteTime.UtcTicks, indexedHere, duplicates);
    }

    /// <summary>Skipped entries by the file they belong to ("letters.eml#2" belongs to "letters.eml").</summary>
    public static ILookup<string, SkippedFile> ByFile(IEnumerable<SkippedFile> skipped) =>
        skipped.ToLookup(s => s.Path.LastIndexOf('#') is var hash and > 0 ? s.Path[..hash] : s.Path, StringComparer.Ordinal);

    /// <summary>The letters of the file that are indexed, but from another file; read again, as a load names no hashes for them.</summary>
    private List<string> DuplicatesIn(CorpusFile file, IReadOnlyList<string> indexedHere, Func<string, bool> indexed, CancellationToken cancellationToken)
    {
        var extraction = scanner.Extract(file, cancellationToken);
        return !extraction.IsSuccess
            ? []
            : [.. extraction.Texts.Select(t => t.ContentHash).Where(h => !indexedHere.Contains(h) && indexed(h)).Distinct(StringComparer.Ordinal)];
    }

    public static Dictionary<string, List<string>> LettersByFile(IEnumerable<LoadedLetter> letters) =>
        letters.GroupBy(l => l.File.FullPath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.ContentHash).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
}
