namespace FoiBot.Ingestion.Corpus;

/// <summary>The rows read from one manifest, and one problem per line (or per manifest) that could not be used.</summary>
public sealed record SourceManifestParse(IReadOnlyList<SourceManifestEntry> Entries, IReadOnlyList<SkippedFile> Problems);
