namespace FoiBot.Search;

/// <summary>A corpus file as its record last saw it: enough to tell whether it changed since.</summary>
/// <param name="Key">The caller's stable name for the file (its full path).</param>
/// <param name="LastWriteTicks">UTC ticks of the file's last write when it was read.</param>
public sealed record IndexedFileStamp(string Key, long Length, long LastWriteTicks);
