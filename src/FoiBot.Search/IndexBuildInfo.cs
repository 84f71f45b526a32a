namespace FoiBot.Search;

/// <summary>What an index was built from and when; kept in the index's commit so a host can tell if it is stale.</summary>
public sealed record IndexBuildInfo
{
    /// <summary>The layout this build of FoiBot.Search writes and reads; an index with another one must be rebuilt.</summary>
    public const int CurrentFormatVersion = 6;

    /// <summary>A digest of the corpus (file names and content hashes), chosen by the caller.</summary>
    public required string CorpusFingerprint { get; init; }

    /// <summary>
    /// A digest of what every letter depends on (the reading code and the provenance tables), chosen by the caller;
    /// while it is unchanged, letters can be updated file by file. Null when the index cannot be updated in place.
    /// </summary>
    public string? BaseFingerprint { get; init; }

    public required DateTimeOffset BuiltAt { get; init; }

    /// <summary>
    /// The corpus folders the index was built from, as absolute paths; reading commands and hosts use these rather than
    /// their own idea of the corpus. Empty for an index written before roots were recorded, or not built from folders.
    /// </summary>
    public IReadOnlyList<string> Roots { get; init; } = [];

    /// <summary>
    /// The authority the user set for a folder of <see cref="Roots"/> (`--corpus DIR --authority NAME`), by the folder;
    /// kept so reading commands, updates and hosts read new letters under it as its authority's too.
    /// </summary>
    public IReadOnlyDictionary<string, string> RootAuthorities { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The index layout; <see cref="LetterIndexBuilder.Build"/> always writes <see cref="CurrentFormatVersion"/>.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Equal when every field is, the folders compared in order (a record would compare the list by reference).</summary>
    public bool Equals(IndexBuildInfo? other) =>
        other is not null
        && CorpusFingerprint == other.CorpusFingerprint
        && BaseFingerprint == other.BaseFingerprint
        && BuiltAt == other.BuiltAt
        && FormatVersion == other.FormatVersion
        && Roots.SequenceEqual(other.Roots, StringComparer.Ordinal)
        && RootAuthorities.Count == other.RootAuthorities.Count
        && RootAuthorities.All(p => other.RootAuthorities.TryGetValue(p.Key, out var name) && name == p.Value);

    public override int GetHashCode() => HashCode.Combine(CorpusFingerprint, BaseFingerprint, BuiltAt, FormatVersion, Roots.Count);
}
