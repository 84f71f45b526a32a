using System.ComponentModel;

namespace FoiBot.Indexing;

/// <summary>
/// One entry of FoiBot:CorpusPaths: a folder, written as a plain string, or as {"Path": ..., "Authority": ...} when
/// every letter under it is one authority's (as `foibot index --corpus DIR --authority NAME` sets it).
/// </summary>
[TypeConverter(typeof(CorpusPathEntryConverter))]
public sealed record CorpusPathEntry
{
    /// <summary>The folder, relative to the working (or content root) folder unless absolute.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The authority the folder's letters are from, as the catalog names it (or a form it resolves); null when the letters say.</summary>
    public string? Authority { get; init; }

    public static implicit operator CorpusPathEntry(string path) => new() { Path = path };
}
