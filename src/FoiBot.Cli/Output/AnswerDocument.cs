using System.Text.Json.Serialization;

namespace FoiBot.Cli.Output;

/// <summary>
/// The answer object of the --json contract, field for field; <see cref="Engine"/> is "llm" or "extractive", and
/// <see cref="Fallback"/>, present only when a model's answer was set aside, says why.
/// </summary>
internal sealed record AnswerDocument(
    string? Id,
    string Question,
    string Verdict,
    string Answer,
    bool Abstained,
    string Engine,
    IReadOnlyList<CitationDocument> Citations,
    IReadOnlyList<CitationDocument> Related,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Fallback);
