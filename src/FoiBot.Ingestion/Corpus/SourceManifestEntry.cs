namespace FoiBot.Ingestion.Corpus;

/// <summary>One row of a provenance table (SOURCES.md or sources.csv): where a letter came from.</summary>
public sealed record SourceManifestEntry
{
    /// <summary>The full path of the manifest the row was read from.</summary>
    public required string ManifestPath { get; init; }

    /// <summary>The letter's path relative to its corpus root, with '/' separators, as in <see cref="CorpusFile.RelativePath"/>.</summary>
    public required string RelativePath { get; init; }

    public string? Authority { get; init; }

    /// <summary>The reference as the manifest writes it.</summary>
    public string? Reference { get; init; }

    /// <summary>The day, month or year the table gives; null when the cell is empty or not a date (e.g. "undated in stored text").</summary>
    public ManifestDate? Date { get; init; }

    /// <summary>Where the letter was published, as the table's source column gives it (a Markdown link's target when it is one).</summary>
    public string? SourceAddress { get; init; }
}
