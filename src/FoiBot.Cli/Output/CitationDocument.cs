namespace FoiBot.Cli.Output;

/// <summary>
/// One citation in the --json contract; <see cref="Date"/> is yyyy-MM-dd or null, <see cref="SourceAddress"/> the letter's
/// public address or null.
/// </summary>
internal sealed record CitationDocument(string? Ref, string Authority, string? Date, string Question, string Quote, string Source, string? SourceAddress);
