namespace FoiBot.Ingestion.Corpus;

/// <summary>What a scan of the corpus roots found: candidate letters, what could not be used, and the provenance tables.</summary>
/// <param name="Files">Candidate letters, root by root in the order given, each root's files sorted ordinally by relative path.</param>
/// <param name="Skipped">Roots that could not be scanned and manifests (or manifest lines) that could not be used.</param>
/// <param name="Manifest">Every entry of every SOURCES.md and sources.csv found under the roots.</param>
public sealed record CorpusScan(IReadOnlyList<CorpusFile> Files, IReadOnlyList<SkippedFile> Skipped, IReadOnlyList<SourceManifestEntry> Manifest)
{
    /// <summary>The manifest files themselves: an edit to a provenance table changes what gets indexed, so it must change the fingerprint too.</summary>
    public IReadOnlyList<CorpusFile> ManifestFiles { get; init; } = [];

    /// <summary>
    /// What the user must be shown about the provenance tables, by table: one found but not read, naming the columns it
    /// expected and those it found, as the letters it describes are indexed without it; or (added by the index store,
    /// which knows the catalog) a name in one that no authority matches. Not among <see cref="Skipped"/>.
    /// </summary>
    public IReadOnlyList<SkippedFile> UnreadTables { get; init; } = [];

    /// <summary>
    /// The authority the user set for a corpus root (`--corpus DIR --authority NAME`), by the root's full path, as the
    /// catalog names it: every letter under that root is that authority's unless a provenance table says otherwise.
    /// </summary>
    public IReadOnlyDictionary<string, string> RootAuthorities { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Worked out on first use: deciding whether an index is current and then updating it both need it.</summary>
    private CorpusFingerprint? _fingerprint;

    /// <summary>A copy made with <c>with</c> may hold other files, so it works its fingerprint out afresh.</summary>
    private CorpusScan(CorpusScan original)
    {
        Files = original.Files;
        Skipped = original.Skipped;
        Manifest = original.Manifest;
        ManifestFiles = original.ManifestFiles;
        UnreadTables = original.UnreadTables;
        RootAuthorities = original.RootAuthorities;
    }

    /// <summary>The fingerprint over the letters and the manifests; what an index compares to decide whether to rebuild.</summary>
    public string Fingerprint() => Total().Value;

    /// <summary>The same fingerprint as a running total, for a caller following files added and removed; changing it leaves this scan's alone.</summary>
    internal CorpusFingerprint StartFingerprint() => Total().Clone();

    private CorpusFingerprint Total() => _fingerprint ??= CorpusScanner.StartFingerprint([.. Files, .. ManifestFiles], RootAuthorities);

    /// <summary>The authority set for the root <paramref name="file"/> was found under; null when none is.</summary>
    public string? AuthorityOf(CorpusFile file) =>
        RootAuthorities.Count > 0 && RootAuthorities.TryGetValue(Path.TrimEndingDirectorySeparator(file.Root), out var name) ? name : null;
}
