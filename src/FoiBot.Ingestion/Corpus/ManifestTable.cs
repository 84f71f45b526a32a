namespace FoiBot.Ingestion.Corpus;

/// <summary>A manifest's table as read from Markdown or CSV, before its rows are checked.</summary>
/// <param name="Width">How many cells the header has; every row must have as many.</param>
internal sealed record ManifestTable(ManifestColumns Columns, int Width, IReadOnlyList<ManifestRow> Rows);
