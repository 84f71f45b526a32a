namespace FoiBot.Cli.Output;

/// <summary>One passage found by `foibot search --json`.</summary>
internal sealed record SearchHitDocument(string? Ref, string Authority, string? Date, string? Number, string Question, string Answer, string Outcome, float Score, string Source, string? SourceAddress);
