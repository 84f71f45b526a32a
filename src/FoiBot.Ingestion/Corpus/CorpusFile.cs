namespace FoiBot.Ingestion.Corpus;

/// <summary>A file found under a corpus root, before it is read.</summary>
/// <param name="RelativePath">Relative to <paramref name="Root"/>, always with '/' separators, so it is the same on every OS.</param>
/// <param name="Root">The full path of the corpus root the file was found under.</param>
/// <param name="Length">Bytes, as listed by the file system when the folder was scanned (the target's, for a symlinked file).</param>
public sealed record CorpusFile(string FullPath, string RelativePath, string Root, long Length, DateTimeOffset LastWriteTime);
