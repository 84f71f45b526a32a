namespace FoiBot.Search.Indexing;

/// <summary>
/// Builds happen in a sibling staging folder that replaces the index folder only once committed, so a crash
/// leaves the old index, no index, or the new one; never a half-written index that opens.
/// </summary>
/// <remarks>Siblings stay on the same file system, where a folder rename is atomic.</remarks>
internal static class IndexFolder
{
    /// <summary>Holds the build lock for one index folder; a second build of the same folder fails fast.</summary>
    public static FileStream LockForBuild(string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            return new FileStream(Sibling(target, "build.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None,
                bufferSize: 1, FileOptions.DeleteOnClose);
        }
        catch (IOException ex)
        {
            throw new IOException($"Another build of the index in {target} is running.", ex);
        }
    }

    /// <summary>Refuses to replace a folder that holds anything but a Lucene index, such as a mistyped home folder.</summary>
    public static void EnsureReplaceable(string target)
    {
        if (!Directory.Exists(target))
        {
            return;
        }

        var foreign = Directory.EnumerateFileSystemEntries(target)
            .FirstOrDefault(entry => Directory.Exists(entry) || !IsLuceneFile(Path.GetFileName(entry)));
        if (foreign is not null)
        {
            throw new IOException($"Refusing to replace {target}: it holds {Path.GetFileName(foreign)}, which is not part of a search index.");
        }
    }

    /// <summary>A fresh staging folder; leftovers of crashed builds are removed first, as they can never become valid.</summary>
    public static string CreateStaging(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        foreach (var pattern in new[] { $".{name}.building-*", $".{name}.old-*" })
        {
            foreach (var leftover in Directory.EnumerateDirectories(parent, pattern))
            {
                TryDelete(leftover);
            }
        }

        return Directory.CreateDirectory(Sibling(target, "building-" + Guid.NewGuid().ToString("N"))).FullName;
    }

    public static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var old = Sibling(target, "old-" + Guid.NewGuid().ToString("N"));
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }

        TryDelete(old);
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next build's clean-up; it is never mistaken for the index.
        }
    }

    private static string Sibling(string target, string suffix) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{suffix}");

    private static bool IsLuceneFile(string name) =>
        name.StartsWith('_') || name.StartsWith("segments", StringComparison.Ordinal) || name == "write.lock";
}
