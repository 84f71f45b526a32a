namespace FoiBot.Ingestion.Corpus;

/// <summary>The rows read from one manifest, and one problem per line that could not be used.</summary>
/// <param name="NotRead">
/// Set when the manifest holds no table it can read (no file column, nothing known besides it), naming the columns it
/// expected and those it found; the entries and line problems are then empty.
/// </param>
public sealed record SourceManifestParse(IReadOnlyList<SourceManifestEntry> Entries, IReadOnlyList<SkippedFile> Problems, SkippedFile? NotRead = null);
