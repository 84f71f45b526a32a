namespace FoiBot.Ingestion.Corpus;

/// <summary>What a scan of the corpus roots found: candidate letters, what could not be used, and the provenance tables.</summary>
/// <param name="Files">Candidate letters, root by root in the order given, each root's files sorted ordinally by relative path.</param>
/// <param name="Skipped">Roots that could not be scanned and manifests (or manifest lines) that could not be used.</param>
/// <param name="Manifest">Every entry of every SOURCES.md and sources.csv found under the roots.</param>
public sealed record CorpusScan(IReadOnlyList<CorpusFile> Files, IReadOnlyList<SkippedFile> Skipped, IReadOnlyList<SourceManifestEntry> Manifest)
{
    /// <summary>The manifest files themselves: an edit to a provenance table changes what gets indexed, so it must change the fingerprint too.</summary>
    public IReadOnlyList<CorpusFile> ManifestFiles { get; init; } = [];

    /// <summary>The fingerprint over the letters and the manifests; what an index compares to decide whether to rebuild.</summary>
    public string Fingerprint() => CorpusScanner.Fingerprint([.. Files, .. ManifestFiles]);
}
