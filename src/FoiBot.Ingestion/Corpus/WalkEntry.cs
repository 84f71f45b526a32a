using System.IO.Enumeration;

namespace FoiBot.Ingestion.Corpus;

/// <summary>One entry of a corpus folder as the directory listing gives it.</summary>
internal readonly record struct WalkEntry(string Name, string FullPath, bool IsDirectory, bool IsLink, bool IsHidden, long Length, DateTimeOffset LastWriteTimeUtc)
{
    public static WalkEntry From(ref FileSystemEntry entry)
    {
        var name = entry.FileName.ToString();
        var attributes = entry.Attributes;
        return new WalkEntry(
            name,
            entry.ToFullPath(),
            entry.IsDirectory,
            attributes.HasFlag(FileAttributes.ReparsePoint),
            IsHiddenName(name, attributes),
            entry.IsDirectory ? 0 : entry.Length,
            entry.LastWriteTimeUtc);
    }

    /// <summary>Dot-files and dot-folders, and whatever the file system marks hidden: never part of the corpus.</summary>
    public static bool IsHiddenName(string name, FileAttributes attributes) => name.StartsWith('.') || attributes.HasFlag(FileAttributes.Hidden);
}
