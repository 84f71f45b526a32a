namespace FoiBot.Ingestion.Corpus;

/// <summary>One data row of a manifest table, with the 1-based line it starts on so a problem can name it.</summary>
internal sealed record ManifestRow(int Line, IReadOnlyList<string> Cells);
