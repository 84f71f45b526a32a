namespace FoiBot.Cli.Output;

/// <summary>The answer object of the --json contract, field for field; <see cref="Engine"/> is "llm" or "extractive".</summary>
internal sealed record AnswerDocument(
    string? Id,
    string Question,
    string Verdict,
    string Answer,
    bool Abstained,
    string Engine,
    IReadOnlyList<CitationDocument> Citations,
    IReadOnlyList<CitationDocument> Related);
