namespace FoiBot.Ingestion.Corpus;

/// <summary>What one path under the corpus roots is to a scan.</summary>
/// <param name="FullPath">The path made full, as a scan would list it.</param>
/// <param name="File">For a letter or a provenance table, the file as a scan would list it; otherwise null.</param>
public sealed record CorpusPath(string FullPath, CorpusPathKind Kind, CorpusFile? File)
{
    /// <summary>For a folder, the full path of the root it belongs to (itself, for a root).</summary>
    public string? Root { get; init; }
}

/// <summary>How a scan treats a path.</summary>
public enum CorpusPathKind
{
    /// <summary>Outside every root, hidden, under a hidden or symlinked folder, documentation, or not a letter's extension.</summary>
    Ignored,

    /// <summary>A candidate letter.</summary>
    Letter,

    /// <summary>A provenance table (SOURCES.md, sources.csv).</summary>
    Manifest,

    /// <summary>A folder the scan walks into: anything may have arrived or left with it.</summary>
    Folder,

    /// <summary>Nothing is there now (or only a broken link), so whatever was there is gone.</summary>
    Missing,
}
