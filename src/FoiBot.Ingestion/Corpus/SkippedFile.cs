namespace FoiBot.Ingestion.Corpus;

/// <summary>A file or folder that was not indexed, and why.</summary>
/// <param name="Reason">One short line a person understands, e.g. "empty file" or "too large (1.0 GB; limit 16 MB)".</param>
public sealed record SkippedFile(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}
