namespace FoiBot.Import.Folder;

/// <summary>One row of the import folder's provenance table: which file, whose letter, and where it is published.</summary>
public sealed record ProvenanceRow(string File, string? Authority, string? Reference, DateOnly? Date, string SourceAddress);
