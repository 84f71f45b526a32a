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
    /// Provenance tables found but not read, each naming the columns it expected and those it found: an error to show
    /// the user, as the letters they describe are indexed without them. Not among <see cref="Skipped"/>.
    /// </summary>
    public IReadOnlyList<SkippedFile> UnreadTables { get; init; } = [];

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
    }

    /// <summary>The fingerprint over the letters and the manifests; what an index compares to decide whether to rebuild.</summary>
    public string Fingerprint() => Total().Value;

    /// <summary>The same fingerprint as a running total, for a caller following files added and removed; changing it leaves this scan's alone.</summary>
    internal CorpusFingerprint StartFingerprint() => Total().Clone();

    private CorpusFingerprint Total() => _fingerprint ??= CorpusScanner.StartFingerprint([.. Files, .. ManifestFiles]);
}
