namespace FoiBot.Search;

/// <summary>Which corpus file produced which letters, so an update can re-read only the files that changed.</summary>
/// <param name="Key">The caller's stable name for the file (its full path).</param>
/// <param name="LastWriteTicks">UTC ticks of the file's last write when it was read.</param>
/// <param name="Letters">LetterIds of the letters this file holds that are indexed from it.</param>
/// <param name="Duplicates">LetterIds of the letters this file holds that are indexed from another file.</param>
public sealed record IndexedFile(string Key, long Length, long LastWriteTicks, IReadOnlyList<string> Letters, IReadOnlyList<string> Duplicates);
