namespace FoiBot.Cli.Output;

/// <summary>The answer object of the --json contract, field for field.</summary>
internal sealed record AnswerDocument(
    string? Id,
    string Question,
    string Verdict,
    string Answer,
    bool Abstained,
    IReadOnlyList<CitationDocument> Citations,
    IReadOnlyList<CitationDocument> Related);
