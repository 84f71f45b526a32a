namespace FoiBot.Indexing;

/// <summary>
/// Which corpus folders an index belongs to, and whether they can be read. An index records the absolute folders it
/// was built from; commands that only read it use those, wherever they run from, and only `foibot index` changes them.
/// </summary>
public static class CorpusRoots
{
    /// <summary>The folders as an index records them: absolute, without a trailing separator, each once.</summary>
    public static IReadOnlyList<string> Normalise(IEnumerable<string> roots) =>
        [.. roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r))).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether two lists name the same folders, in any order.</summary>
    public static bool Same(IEnumerable<string> a, IEnumerable<string> b) =>
        Normalise(a).ToHashSet(StringComparer.Ordinal).SetEquals(Normalise(b));

    /// <summary>
    /// The folders a reading command uses with the index at <paramref name="indexPath"/>: those it records, or, for an
    /// index that records none (or no index yet), <paramref name="named"/> if given, else <paramref name="configured"/>.
    /// </summary>
    /// <exception cref="IndexRootsMismatchException"><paramref name="named"/> differs from the folders the index records.</exception>
    public static IReadOnlyList<string> ForReading(string indexPath, IReadOnlyList<string>? named, IReadOnlyList<string> configured)
    {
        var recorded = Search.LetterIndex.ReadCommit(indexPath)?.BuildInfo.Roots ?? [];
        if (recorded.Count == 0)
        {
            return Normalise(named is { Count: > 0 } ? named : configured);
        }

        if (named is { Count: > 0 } && !Same(named, recorded))
        {
            throw new IndexRootsMismatchException(indexPath, recorded, Normalise(named));
        }

        return recorded;
    }

    /// <summary>The folders that cannot be read now, each with why; empty when all can.</summary>
    public static IReadOnlyList<CorpusFault> Check(IEnumerable<string> roots)
    {
        var faults = new List<CorpusFault>();
        foreach (var root in roots)
        {
            if (!Directory.Exists(root))
            {
                faults.Add(new CorpusFault(root, File.Exists(root) ? "is a file, not a folder" : "is missing"));
                continue;
            }

            try
            {
                using var entries = Directory.EnumerateFileSystemEntries(root).GetEnumerator();
                _ = entries.MoveNext();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                faults.Add(new CorpusFault(root, $"cannot be read ({ex.Message})"));
            }
        }

        return faults;
    }
}
