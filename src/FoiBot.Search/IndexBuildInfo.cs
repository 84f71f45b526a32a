namespace FoiBot.Search;

/// <summary>What an index was built from and when; kept in the index's commit so a host can tell if it is stale.</summary>
public sealed record IndexBuildInfo
{
    /// <summary>The layout this build of FoiBot.Search writes and reads; an index with another one must be rebuilt.</summary>
    public const int CurrentFormatVersion = 3;

    /// <summary>A digest of the corpus (file names and content hashes), chosen by the caller.</summary>
    public required string CorpusFingerprint { get; init; }

    /// <summary>
    /// A digest of what every letter depends on (the reading code and the provenance tables), chosen by the caller;
    /// while it is unchanged, letters can be updated file by file. Null when the index cannot be updated in place.
    /// </summary>
    public string? BaseFingerprint { get; init; }

    public required DateTimeOffset BuiltAt { get; init; }

    /// <summary>The index layout; <see cref="LetterIndexBuilder.Build"/> always writes <see cref="CurrentFormatVersion"/>.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;
}
